def scale(value, factor=2, offset=0):
    """Scale a reading."""
    return value * factor + offset

print scale.func_name, scale.__name__
print scale.func_defaults
print scale.func_doc, scale.__doc__
print scale.func_code.co_name, scale.func_code.co_argcount, scale.__code__.co_varnames
print scale.__module__
scale.func_dict['unit'] = 'mm'
print scale.unit
def noargs():
    pass
print noargs.func_defaults, noargs.func_closure
