# A tag report: every tag under [default], recursively, formatted as a table.
results = system.tag.browse('[default]', {'recursive': True, 'tagType': 'AtomicTag'}).getResults()
print '%-34s %-9s %-12s %s' % ('path', 'type', 'value', 'quality')
for r in sorted(results, key=lambda r: str(r['fullPath']).lower()):
    qv = r['value']
    value = qv.value
    if isinstance(value, float):
        value = '%.2f' % value
    print '%-34s %-9s %-12s %s' % (r['fullPath'], r['dataType'], value, qv.quality.getName())
print '%d tags' % len(results)
good = len([r for r in results if r['value'].quality.isGood()])
print '{0} good, {1} not good'.format(good, len(results) - good)
