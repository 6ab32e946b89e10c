counter = 0

def bump():
    counter = 1
    global counter
    counter = counter + 10

def show():
    print counter
    global counter
    counter = 99

bump()
print counter
show()
print counter
