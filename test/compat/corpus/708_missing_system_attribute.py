try:
    system.foo
except AttributeError, e:
    print 'AttributeError:', e
try:
    system.perspective.nope()
except AttributeError, e:
    print 'AttributeError:', e
print hasattr(system.util, 'bogus')
system.util.bogus()
