registry = []

class Registered(type):
    def __new__(mcls, name, bases, ns):
        cls = type.__new__(mcls, name, bases, ns)
        registry.append(name)
        return cls

class Base(object):
    __metaclass__ = Registered

class Pump(Base):
    pass

class Valve(Base):
    pass

print registry
print type(Pump).__name__
