# Guard: getSessionInfo(username) per call against a plain dict loop of fixed size, both timed here.
import time
get = system.perspective.getSessionInfo
def per(fn, reps):
    # Repetitions per sample: doubled until a batch takes >= 20 ms (time.time() is only ms-precise here; the
    # dict loop takes well under a millisecond).
    while True:
        t = time.time()
        for r in range(reps):
            fn()
        if (time.time() - t) * 1000.0 >= 20.0 or reps >= 65536:
            break
        reps *= 2
    out = []
    for k in range(5):
        t = time.time()
        for r in range(reps):
            fn()
        out.append((time.time() - t) * 1000.0 / reps)
    out.sort()
    return out[2]
def loop():
    d = {'a': 1}
    n = 0
    for i in xrange(2000):
        n += d['a']
get()  # copies the session table into the sandbox (as the first unfiltered call of a script does)
get('billy')
print 'RESULT call %.4f' % per(lambda: get('billy'), 200)
print 'RESULT loop %.4f' % per(loop, 10)
print 'RESULT unfiltered %.4f' % per(lambda: get(), 3)
