import random
a = random.Random(5)
b = random.Random(5)
print a.random() == b.random(), a.randint(0, 9), b.randint(0, 9)
print isinstance(a, random.Random), type(a).__name__
random.seed(5)
print random.random() == random.Random(5).random()
random.seed(1)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print first == [random.random() for _ in range(3)]
class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)
d = Dice(123)
print [d.roll() for _ in range(10)]
d.seed(123)
print d.roll()
