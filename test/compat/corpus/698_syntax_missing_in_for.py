for name names:
    print name
