values = [3, 1, 2]
print max(v * 2 for v in values, 0)
