import warnings
def check_tag(path):
    if not path.startswith('['):
        warnings.warn("tag path without provider: %s" % path, stacklevel=2)
    return path
def read_all(paths):
    return [check_tag(p) for p in paths]
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    read_all(['[default]A', 'B', 'C'])
    check_tag('D')
    for x in w:
        print x.lineno, x.message
