# Browse folders: names, full paths, folders with children, tag types.
results = system.tag.browse('[default]Line1')
print results.getReturnedSize(), results.getTotalAvailableSize(), results.getResultQuality()
for r in results.getResults():
    print str(r['fullPath']), r['name'], r['hasChildren'], str(r['tagType'])
for r in system.tag.browse('[default]Line1', {'tagType': 'AtomicTag'}):
    print r['name'], r['dataType'], r['value'].value
print [str(r['fullPath']) for r in system.tag.browse('[default]Line1', {'recursive': True, 'name': 'M*'}).getResults()]
print [r['name'] for r in system.tag.browse('[default]', {})]
print [r['name'] for r in system.tag.browse('[default]Line1', {'dataType': 'Float8'}).getResults()]
limited = system.tag.browse('[default]Line1', {'maxResults': 2})
print len(limited.getResults()), limited.getTotalAvailableSize()
missing = system.tag.browse('[default]Nowhere')
print len(missing.getResults()), missing.getResultQuality()
first = system.tag.browse('[default]Line1').getResults()[0]
print first['fullPath'].getItemName(), first['fullPath'].getSource(), first['fullPath'].getParentPath()
print first['tagType'] == 'AtomicTag', str(first['tagType']) == 'AtomicTag'
