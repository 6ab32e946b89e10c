# The manual's readBlocking and writeBlocking patterns: lists of paths, values indexed alongside.
paths = ["[default]Folder/Tag_A", "[default]Folder/Tag_B"]
values = system.tag.readBlocking(paths)
for i in range(len(values)):
    print "Tag at Path: %s\n Had a value of %s" % (paths[i], values[i].value)

qualifiedValues = system.tag.readBlocking(["[default]Folder/Tag_A"])
value = qualifiedValues[0]
print value.value
print value.quality
print value.timestamp

writes = system.tag.writeBlocking(paths, [20, "running"])
for path, quality in zip(paths, writes):
    print path, quality, quality.isGood()
print [qv.value for qv in system.tag.readBlocking(paths)]
