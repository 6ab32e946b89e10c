class Open(object):
    __slots__ = ('fixed', '__dict__')
o = Open()
o.fixed = 1
o.anything = 2
print o.fixed, o.anything, o.__dict__
