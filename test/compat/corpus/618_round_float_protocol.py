class Reading(object):
    def __init__(self, value):
        self.value = value
    def __float__(self):
        return self.value
print round(Reading(2.5)), round(Reading(2.675), 2), round(Reading(-0.5))
try:
    round('x')
except TypeError as e:
    print 'TypeError:', e
