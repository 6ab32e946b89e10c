import random
random.seed(42)
print random.random()
print repr(random.random())
print [random.randint(1, 100) for _ in range(8)]
print [random.randrange(10) for _ in range(5)], [random.randrange(3, 50, 7) for _ in range(3)]
for s in [0, 1, -1, 2**40, 2**64 + 3, -5L, 'batch-7', u'batch-7', 3.5, True, (1, 2)]:
    random.seed(s)
    print repr(s), repr(random.random())
random.seed(2024)
print random.getrandbits(8), random.getrandbits(32), random.getrandbits(100)
print random.randrange(2 ** 60), random.randint(-2 ** 70, 2 ** 70)
