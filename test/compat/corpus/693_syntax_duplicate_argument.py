def fmt(value, width, value):
    return str(value).rjust(width)

print fmt(1, 5, 2)
