def value():
    return 1
value() = 3
