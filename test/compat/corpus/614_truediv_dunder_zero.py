for call in (lambda: (7).__truediv__(0), lambda: (7L).__truediv__(0), lambda: (0).__rtruediv__(7)):
    try:
        print call()
    except ZeroDivisionError as e:
        print 'ZeroDivisionError:', e
