names = []
print len(names
x = 2
