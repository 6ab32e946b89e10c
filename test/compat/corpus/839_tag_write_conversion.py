# Written values convert to the tag's data type, as a memory tag does.
def write_read(path, value):
    code = system.tag.writeBlocking([path], [value])[0]
    qv = system.tag.readBlocking([path])[0]
    print '%-22s %-10r -> %-22s %r' % (path, value, code, qv.value)

write_read('Counters/Runs', '42')
write_read('Counters/Runs', 7.9)
write_read('Counters/Runs', -7.9)
write_read('Counters/Runs', True)
write_read('Counters/Runs', 'seven')
write_read('Counters/Runs', None)
write_read('Counters/Enabled', 0)
write_read('Counters/Enabled', 'TRUE')
write_read('Counters/Enabled', 'maybe')
write_read('Line1/Speed', 3)
write_read('Line1/Speed', '2.75')
write_read('Line1/Label', 12.0)
write_read('Line1/Label', 5)
write_read('Line1/Label', False)
write_read('Line1/Label', u'caf\xe9')
write_read('Line1/Motors/M1', 70000)
write_read('Counters/Scans', 12345678901L)
