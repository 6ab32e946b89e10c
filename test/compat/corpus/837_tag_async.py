# readAsync and writeAsync: the callbacks run before the script ends.
seen = []

def on_read(values):
    for qv in values:
        seen.append(qv.value)
    print 'read callback', [qv.value for qv in values]

def on_write(codes):
    print 'write callback', codes

system.tag.readAsync(['Counters/Runs', 'Line1/Label'], on_read)
system.tag.writeAsync(['Counters/Runs'], [100], on_write)
system.tag.writeAsync(['Line1/Label'], ['Filler B'])
system.tag.readAsync(['Counters/Runs', 'Line1/Label'], on_read)
print seen
print system.tag.readAsync(['Counters/Runs'], lambda v: None)
