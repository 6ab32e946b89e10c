import traceback

try:
    {}['missing']
except KeyError:
    lines = traceback.format_exc().splitlines()
    print lines[0]
    print lines[-1]
    print len(lines)
