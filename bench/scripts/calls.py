# getSessionInfo call cost, timed from Python (issue 8, call cost). Prints "RESULT <name> <ms per call>".
# The first call of a run is reported on its own; the others are medians over samples of repeated calls.
import time

get = system.perspective.getSessionInfo

def per_call(fn, samples):
    t = time.time()
    fn()
    once = (time.time() - t) * 1000.0
    reps = max(1, int(30.0 / max(once, 0.05)))
    out = []
    for k in range(samples):
        t = time.time()
        for r in range(reps):
            fn()
        out.append((time.time() - t) * 1000.0 / reps)
    out.sort()
    return out[len(out) // 2]

def touch_all(sessions):
    n = 0
    for s in sessions:
        for key in s.keys():
            v = s[key]
            n += 1
    return n

t = time.time()
get()
print 'RESULT first_call %.3f' % ((time.time() - t) * 1000.0)
print 'RESULT unfiltered %.3f' % per_call(lambda: get(), 5)
print 'RESULT username %.3f' % per_call(lambda: get('billy'), 7)
print 'RESULT project %.3f' % per_call(lambda: get(projectFilter='Plant1'), 5)
print 'RESULT both %.3f' % per_call(lambda: get('billy', 'MyProject'), 7)
print 'RESULT touch_unfiltered %.3f' % per_call(lambda: touch_all(get()), 3)
print 'RESULT touch_username %.3f' % per_call(lambda: touch_all(get('billy')), 7)
