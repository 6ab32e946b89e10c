# Float and modulo division by zero messages.
for expr in ["1.0 / 0", "1 / 0.0", "5 % 0", "5.0 % 0", "divmod(1, 0)", "1 // 0", "2 ** -1 / 0", "0.0 ** -1"]:
    try:
        eval(expr)
    except ZeroDivisionError, e:
        print "%-12s ZeroDivisionError: %s" % (expr, e)
print 10.0 / 0
