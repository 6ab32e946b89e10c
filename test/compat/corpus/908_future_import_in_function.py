# A __future__ import inside a function is a SyntaxError too.
def report():
    from __future__ import division
    return 1 / 2
print report()
