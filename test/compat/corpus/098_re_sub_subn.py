# re.sub / re.subn with strings and functions.
import re
ids = [s["id"] for s in system.perspective.getSessionInfo("billy")]
for sid in ids:
    print re.sub(r"[0-9a-f]{4}(?=-)", "****", sid)
print re.subn(r"\d", "#", "10.0.4.17")
print re.sub(r"(\w+)@(\w+)", r"\2:\1", "billy@MyProject alice@QualityDash")
print re.sub(r"(?P<n>\d+)", lambda m: str(int(m.group("n")) * 2), "a1 b22 c333")
print re.sub(r"\s+", " ", "  lots   of\t\tspace \n here ").strip()
print re.sub("x", "y", "xxx", 2), re.sub(r"^", ">", "a\nb", flags=re.M)
print re.sub(r"\g<0>", "-", "ab") if False else re.sub(r"(a)", r"[\g<1>]", "banana")
