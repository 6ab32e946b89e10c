class Reading(object):
    __slots__ = ['tag', 'value']
    def __init__(self, tag, value):
        self.tag = tag
        self.value = value
r = Reading('temp', 21.5)
print r.tag, r.value
print hasattr(r, '__dict__')
print Reading.__slots__
