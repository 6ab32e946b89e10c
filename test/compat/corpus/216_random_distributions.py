import random
random.seed(99)
print [round(random.gauss(0, 1), 10) for _ in range(4)]
print random.normalvariate(10, 2), random.lognormvariate(0, 1)
print random.expovariate(1.5), random.expovariate(2)
print random.triangular(0, 10, 3), random.triangular(), random.triangular(2, 8)
print random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 0)
print random.gammavariate(2.0, 3.0), random.gammavariate(0.5, 3.0), random.gammavariate(1.0, 3.0)
print random.betavariate(2, 3), random.paretovariate(2), random.weibullvariate(1, 2)
random.gauss(0, 1)
random.seed(99)
print round(random.gauss(0, 1), 10)
try:
    random.gammavariate(0, 1)
except ValueError, e:
    print e
