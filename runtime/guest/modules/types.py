# types for the sandbox: the names of the Python 2.7 built-in types, from the documentation of the module.
import sys


NoneType = type(None)
TypeType = type
ObjectType = object
IntType = int
LongType = long
FloatType = float
BooleanType = bool
ComplexType = complex
StringType = str
UnicodeType = unicode
StringTypes = (str, unicode)
BufferType = str
TupleType = tuple
ListType = list
DictType = DictionaryType = dict


def _function():
    pass

FunctionType = LambdaType = type(_function)
CodeType = type(_function.func_code)


def _generator():
    yield 1

GeneratorType = type(_generator())


class _Class:
    def _method(self):
        pass

ClassType = type(_Class)
UnboundMethodType = type(_Class._method)
InstanceType = type(_Class())
MethodType = type(_Class()._method)

BuiltinFunctionType = BuiltinMethodType = type(len)
ModuleType = type(sys)
FileType = file
XRangeType = xrange
SliceType = slice
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
try:
    raise TypeError
except TypeError:
    TracebackType = type(sys.exc_info()[2])
FrameType = type(None)
DictProxyType = type(_Class.__dict__) if type(_Class.__dict__) is not dict else type(type.__dict__)
GetSetDescriptorType = type(type(_function).__dict__['__doc__']) if '__doc__' in type(_function).__dict__ else object
MemberDescriptorType = GetSetDescriptorType

del sys, _function, _generator, _Class
