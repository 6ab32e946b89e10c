import warnings
# a nightly report that warns on bad rows and still prints totals
rows = [('a', 10), ('b', -1), ('c', 5), ('d', -3)]
total = 0
with warnings.catch_warnings(record=True) as problems:
    warnings.simplefilter("always")
    for name, value in rows:
        if value < 0:
            warnings.warn("row %s has a negative value %d" % (name, value), RuntimeWarning)
            continue
        total += value
print 'total', total
print '%d problem(s)' % len(problems)
for p in problems:
    print ' -', p.category.__name__, p.message
