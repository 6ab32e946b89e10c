# Iterating over every session reading 3 keys (issue 20), timed inside the script so process start-up is left
# out: the first pass, then the median of 4 more ("warm"; Jython compiles hot loops late). Prints RESULT lines.
import time

def one_pass(sessions):
    n = 0
    for s in sessions:
        if s["username"] and s["project"] and s["id"]:
            n += 1
    return n

sessions = system.perspective.getSessionInfo()
times = []
for k in range(5):
    t = time.time()
    one_pass(sessions)
    times.append((time.time() - t) * 1000.0)
warm = sorted(times[1:])
print "RESULT first %.1f" % times[0]
print "RESULT warm %.1f" % ((warm[1] + warm[2]) / 2.0)
