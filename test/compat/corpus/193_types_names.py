import types
print types.StringType, types.UnicodeType, types.IntType, types.LongType
print types.TupleType, types.BooleanType, types.FloatType
print type(len) is types.BuiltinFunctionType
print type(types) is types.ModuleType
