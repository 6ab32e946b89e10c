# Class hierarchies and the modules things come from
import inspect
import collections

class Device(object): pass
class Pump(Device): pass
class Valve(Device): pass
class PumpValve(Pump, Valve): pass
print [c.__name__ for c in inspect.getmro(PumpValve)]

class Base: pass
class Left(Base): pass
class Right(Base): pass
class Both(Left, Right): pass
print [c.__name__ for c in inspect.getmro(Both)]
print len(inspect.getmro(Base))

def helper(): pass
print inspect.getmodule(helper).__name__
print inspect.getmodule(Pump).__name__
print inspect.getmodule(collections.OrderedDict).__name__
print inspect.getmodule(inspect).__name__
print inspect.getmodule(42)
