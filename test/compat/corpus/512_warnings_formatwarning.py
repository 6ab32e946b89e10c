import warnings
print warnings.formatwarning("tag is stale", UserWarning, "report.py", 12, "  value = read()  ")
print repr(warnings.formatwarning("x", RuntimeWarning, "a.py", 1, ""))
print issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception), [c.__name__ for c in UserWarning.__mro__]
