# configure: create folders and tags, then the collision policies.
tags = [
    {'name': 'Limit', 'tagType': 'AtomicTag', 'dataType': 'Float8', 'value': 10.5, 'valueSource': 'memory'},
    {'name': 'Alarms', 'tagType': 'Folder', 'tags': [{'name': 'Count', 'dataType': 'Int4', 'value': 0}]},
]
print system.tag.configure('[default]Setup', tags)
print [r['name'] for r in system.tag.browse('[default]Setup')]
print system.tag.readBlocking(['Setup/Limit', 'Setup/Alarms/Count'])[0].value
try:
    system.tag.configure('[default]Setup', [{'name': 'New', 'dataType': 'Int4'}, {'name': 'Limit', 'dataType': 'Float8', 'value': 99.0}], 'a')
except ValueError, e:
    print 'aborted:', e
print system.tag.readBlocking(['Setup/Limit'])[0].value, system.tag.exists('Setup/New')
print system.tag.configure('[default]Setup', [{'name': 'New', 'dataType': 'Int4'}], 'a')
print system.tag.configure('[default]Setup', [{'name': 'Limit', 'dataType': 'Float8', 'value': 99.0}], 'i')
print system.tag.readBlocking(['Setup/Limit'])[0].value
print system.tag.configure('[default]Setup', [{'name': 'Limit', 'value': 20.25}], 'm')
qv = system.tag.readBlocking(['Setup/Limit'])[0]
print qv.value, type(qv.value).__name__
print system.tag.configure('[default]Setup', [{'name': 'Limit', 'dataType': 'String', 'value': 'replaced'}], 'o')
print system.tag.readBlocking(['Setup/Limit'])[0].value
print system.tag.configure('[nowhere]Setup', [{'name': 'X', 'dataType': 'Int4'}])
print system.tag.configure('[System]Gateway', [{'name': 'X', 'dataType': 'Int4'}])
print system.tag.readBlocking(['Setup/Alarms/Count'])[0].value, system.tag.exists('Setup/Alarms')
