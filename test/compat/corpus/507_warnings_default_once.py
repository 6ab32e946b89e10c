import warnings
# the default action shows a warning once per location (stderr); the script goes on
def fetch(limit):
    if limit > 100:
        warnings.warn("limit above 100 is slow")
    return limit
for n in (50, 150, 200, 300):
    print fetch(n)
print 'done'
