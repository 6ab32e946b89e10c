class One(object):
    __slots__ = 'only'
o = One()
o.only = 'yes'
print o.only, One.__slots__
print type(One.only).__name__
try:
    o.other = 1
except AttributeError as e:
    print 'AttributeError:', e
