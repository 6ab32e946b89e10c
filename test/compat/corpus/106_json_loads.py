# json.loads returns unicode strings and native numbers.
import json
doc = json.loads('{"user": "billy", "count": 3, "ratio": 0.5, "tags": ["a", "b"], "big": 12345678901234, "none": null, "ok": true}')
for k in sorted(doc):
    print "%-6s %-8s %r" % (k, type(doc[k]).__name__, doc[k])
print json.loads("[1, 2.0, -3e2]"), json.loads('"\\u00e9"') == u"\xe9", repr(json.loads('"\\u00e9"'))
try:
    json.loads("{bad json}")
except ValueError, e:
    print "ValueError raised", type(e).__name__
