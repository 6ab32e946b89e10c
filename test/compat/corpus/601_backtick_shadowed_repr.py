# A script's own repr does not change what backquotes do
def repr(value):
    return 'shadowed'
print repr(1), `1`
class Tag(object):
    def __repr__(self):
        return '<Tag %s>' % self.name
    def __init__(self, name):
        self.name = name
print `Tag('speed')`, `[Tag('a'), Tag('b')]`
