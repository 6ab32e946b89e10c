width = 5 6
print width
