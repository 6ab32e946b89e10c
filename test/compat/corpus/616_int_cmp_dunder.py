print (7).__cmp__(8), (7).__cmp__(7), (7).__cmp__(True)
print (7L).__cmp__(3), (7L).__cmp__(7), (7.0).__cmp__(8), (7.0).__cmp__(7L)
for a, b in ((7, 7L), (7, 'x'), (7.0, 'x')):
    try:
        a.__cmp__(b)
    except TypeError as e:
        print 'TypeError:', e
