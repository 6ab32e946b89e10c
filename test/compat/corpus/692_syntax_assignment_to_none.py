def f():
    None = 0

f()
