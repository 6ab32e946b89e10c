# Listing a class's constants and methods with getmembers
import inspect

class Alarm(object):
    """An alarm."""
    PRIORITY_LOW = 1
    PRIORITY_HIGH = 3
    def __init__(self, name, priority=1):
        self.name = name
        self.priority = priority
    def ack(self):
        return 'acked ' + self.name
    def is_high(self):
        return self.priority >= Alarm.PRIORITY_HIGH

constants = [(name, value) for name, value in inspect.getmembers(Alarm) if name.isupper()]
print constants
alarm = Alarm('Tank1', 3)
methods = inspect.getmembers(alarm, inspect.ismethod)
print [name for name, _ in methods]
for name, bound in methods:
    if not name.startswith('_'):
        print name, bound()
print [name for name, value in inspect.getmembers(alarm) if not name.startswith('_')]
print inspect.getmembers(alarm, lambda v: isinstance(v, int))
