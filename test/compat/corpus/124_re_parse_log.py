# Parse a small gateway-style log with regex.
import re
log = """2024-03-15 08:00:01 INFO  [Session-2e1c98a8] page opened /overview
2024-03-15 08:00:05 WARN  [Session-9f6b2c1d] slow response 1543ms
2024-03-15 08:01:10 ERROR [Session-8fc25e60] timeout after 60211ms
2024-03-15 08:02:00 INFO  [Session-2e1c98a8] page opened /alarms"""
line_re = re.compile(r"^(?P<date>\S+) (?P<time>\S+) (?P<level>\w+)\s+\[Session-(?P<sid>\w+)\] (?P<msg>.*)$", re.M)
levels = {}
for m in line_re.finditer(log):
    levels[m.group("level")] = levels.get(m.group("level"), 0) + 1
    ms = re.search(r"(\d+)ms", m.group("msg"))
    print m.group("time"), m.group("level"), m.group("sid"), ms.group(1) if ms else "-"
print sorted(levels.items())
known = set(s["id"][:8] for s in system.perspective.getSessionInfo())
print [sid for sid in re.findall(r"Session-(\w+)", log) if sid in known]
