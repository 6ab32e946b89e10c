class Counter(object):
    __slots__ = ('__count', 'name')
    def __init__(self, name):
        self.name = name
        self.__count = 0
    def bump(self):
        self.__count += 1
        return self.__count
c = Counter('pump')
c.bump()
print c.name, c.bump()
try:
    c.total = 1
except AttributeError as e:
    print 'AttributeError:', e
