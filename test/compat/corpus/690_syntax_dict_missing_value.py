row = {"id": 1, "user"}
print row
