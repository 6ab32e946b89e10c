import types

def describe(v):
    if isinstance(v, types.StringTypes):
        return 'text'
    if isinstance(v, (types.IntType, types.LongType, types.FloatType)):
        return 'number'
    if isinstance(v, types.ListType):
        return 'list'
    if isinstance(v, types.DictType):
        return 'dict'
    if v is None or type(v) is types.NoneType:
        return 'none'
    if isinstance(v, types.FunctionType):
        return 'function'
    return 'other'

for v in ['a', u'b', 1, 2L, 3.0, [], {}, None, describe, (1,)]:
    print describe(v)
