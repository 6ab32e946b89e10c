# break / continue / return inside try/finally (and with) in loops: the rest of the try body is skipped,
# the finally blocks run once each, in order, and no stale handler catches a later exception.
sessions = system.perspective.getSessionInfo()

out = []
for i in range(3):
    try:
        if i == 1:
            continue
        out.append(i)
    finally:
        out.append('f')
print out

out = []
for i in range(3):
    try:
        if i == 1:
            break
        out.append(i)
    finally:
        out.append('f')
print out

# Skip sessions of one project, stop at the first unauthenticated one, always count what was looked at.
looked, kept = 0, []
for s in sessions:
    try:
        if s["project"] == "Other":
            continue
        if s["username"] == "Unauthenticated":
            break
        kept.append(s["id"])
    finally:
        looked += 1
print looked, kept

def first_designer(rows):
    for s in rows:
        try:
            if s["sessionScope"] == "designer":
                return s["id"]
            print "not designer:", s["id"]
        finally:
            print "checked", s["id"]
    return None
print first_designer(sessions[:4])

def nested():
    log = []
    for i in range(4):
        try:
            try:
                if i == 0:
                    continue
                if i == 2:
                    break
                log.append('body%d' % i)
            finally:
                log.append('inner%d' % i)
        finally:
            log.append('outer%d' % i)
    return log
print nested()

def returns_through_two():
    for i in range(3):
        try:
            try:
                if i == 1:
                    return 'ret%d' % i
            finally:
                print "inner finally", i
        finally:
            print "outer finally", i
print returns_through_two()

# A break out of try/except must not leave its handler behind.
def stale_handler():
    for i in range(2):
        try:
            break
        except ValueError:
            print "wrong handler"
    raise ValueError("raised after the loop")
try:
    stale_handler()
except ValueError, e:
    print "caught:", e

# A return into a finally block that raises runs the finally block once.
def finally_raises():
    try:
        return 1
    finally:
        print "finally runs"
        raise KeyError("from finally")
try:
    finally_raises()
except KeyError, e:
    print "caught:", e

class Tracker(object):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print "enter", self.name
        return self
    def __exit__(self, *exc):
        print "exit", self.name
        return False

for name in ["a", "b", "c"]:
    with Tracker(name):
        if name == "a":
            continue
        if name == "c":
            break
        print "body", name

# break inside a finally block ends the loop and drops the pending exception (Python 2 semantics).
for i in range(3):
    try:
        raise ValueError(i)
    finally:
        print "finally", i
        break
print "after loop"
