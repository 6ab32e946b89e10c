import sys

def risky(x):
    return [1, 2, 3][x]

for i in [1, 5]:
    try:
        print risky(i)
    except:
        t, v, tb = sys.exc_info()
        print 'caught', t.__name__, v, tb.tb_lineno
print sys.exc_info()[0] is not None
