# getSessionInfo call cost, timed from Python (issue 8, call cost). Prints "RESULT <name> <ms per call>".
# The first call of a run is reported on its own (it loads the table); the others are medians over samples of
# repeated calls, after one untimed call (which builds the filter's index).
import time

get = system.perspective.getSessionInfo

def per_call(fn, samples):
    # Repetitions per sample: doubled until a batch takes >= 20 ms (time.time() is only ms-precise here).
    fn()
    reps = 1
    while True:
        t = time.time()
        for r in range(reps):
            fn()
        if (time.time() - t) * 1000.0 >= 20.0 or reps >= 65536:
            break
        reps *= 2
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
