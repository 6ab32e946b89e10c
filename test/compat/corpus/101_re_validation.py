# Validate session ids and addresses with regular expressions.
import re
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
IPV4 = re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$")
for s in system.perspective.getSessionInfo():
    ok_id = bool(UUID.match(s["id"]))
    m = IPV4.match(s["clientAddress"])
    private = m and (m.group(1) == "10" or s["clientAddress"].startswith("192.168.") or m.group(1) == "172")
    print "%-46s uuid=%-5s private=%s" % (s["id"], ok_id, bool(private))
