# The [System] provider: browse it; its session count is read-only.
print [str(r['fullPath']) for r in system.tag.browse('[System]Gateway')]
for r in system.tag.browse('[System]Gateway/Perspective'):
    print r['name'], r['tagType'], r['dataType'], r['value'].value, r['valueSource']
codes = system.tag.writeBlocking(['[System]Gateway/Perspective/SessionCount', '[System]Gateway/Nope'], [0, 1])
for c in codes:
    print c.getName(), c.isBad()
print codes[0]
print system.tag.readBlocking(['[system]gateway/perspective/sessioncount'])[0].value
