# collections.namedtuple and deque.
from collections import namedtuple, deque
Row = namedtuple("Row", "user project scope")
rows = [Row(s["username"], s["project"], s["sessionScope"]) for s in system.perspective.getSessionInfo("alice")]
for r in rows:
    print r
    print r.user, r[1], r._asdict()["scope"]
print Row._fields, rows[0]._replace(scope="x")
recent = deque(maxlen=3)
for s in system.perspective.getSessionInfo():
    recent.append(s["id"][:4])
print list(recent), len(recent)
recent.appendleft("head")
print recent
