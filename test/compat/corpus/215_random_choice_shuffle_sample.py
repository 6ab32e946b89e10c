import random
random.seed(7)
tags = ['Pump', 'Valve', 'Motor', 'Tank', 'Sensor', 'Mixer']
print random.choice(tags), random.choice('abcdef'), random.choice((10, 20, 30))
deck = range(20)
random.shuffle(deck)
print deck
print random.sample(tags, 3)
print random.sample(xrange(10000), 7)
print random.sample(range(100), 10)
print random.uniform(1, 5), random.uniform(-2.5, 2.5)
for bad in [lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.randrange(0),
            lambda: random.randrange(5, 5), lambda: random.randrange(1.5), lambda: random.randint(5, 1)]:
    try:
        bad()
    except (ValueError, IndexError), e:
        print type(e).__name__, e
