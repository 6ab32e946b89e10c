# re.escape, flags, compiled pattern attributes.
import re
print re.escape("10.0.4.17"), re.escape("a+b*c?")
print re.escape("MyProject")
p = re.compile(r"^billy$", re.IGNORECASE)
print [s["username"] for s in system.perspective.getSessionInfo() if p.match(s["username"].upper())]
print p.pattern, p.flags & re.IGNORECASE != 0
print re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.b", "a\nb", re.S)
v = re.compile(r"""
    (\d{1,3})\.   # first octet
    (\d{1,3})     # second
""", re.VERBOSE)
print v.match("192.168.1.1").groups()
print re.match(r"(?i)ios", "IOS") is not None
