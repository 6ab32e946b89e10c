"""unicode_literals: plain literals are unicode; b'' stays str."""
from __future__ import unicode_literals

name = "billy"
print repr(name), type(name).__name__
print repr(b"bytes"), type(b"bytes").__name__
print repr("a" + "b"), repr("%s-%d" % ("x", 1))
for s in system.perspective.getSessionInfo(name):
    print repr(s["id"]), s["id"] == "s1"
print repr("caf\u00e9")
