import warnings
log = []
def to_log(message, category, filename, lineno, file=None, line=None):
    log.append('%s: %s (line %d)' % (category.__name__, message, lineno))
saved = warnings.showwarning
warnings.showwarning = to_log
warnings.warn("first")
warnings.warn("second", RuntimeWarning)
warnings.warn(FutureWarning("as an instance"))
warnings.warn_explicit("explicit", UserWarning, "tags.py", 42)
for entry in log:
    print entry
warnings.showwarning = saved
