# Float4 tags hold single-precision values: Python sees the widened double, the QualifiedValue prints Java's Float.
system.tag.configure('[default]Analog', [{'name': 'Flow', 'dataType': 'Float4', 'value': 1.1},
                                         {'name': 'Level', 'dataType': 'Float4', 'value': 123456.78}])
for qv in system.tag.readBlocking(['Analog/Flow', 'Analog/Level']):
    print repr(qv.value), str(qv).split(', ')[0]
print system.tag.writeBlocking(['Analog/Flow'], [0.1])
qv = system.tag.readBlocking(['Analog/Flow'])[0]
print repr(qv.value), str(qv).split(', ')[0], '%.3f' % qv.value
print system.tag.writeBlocking(['Analog/Level'], ['2.5e8']), str(system.tag.readBlocking(['Analog/Level'])[0]).split(', ')[0]
