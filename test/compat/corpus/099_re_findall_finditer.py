# findall / finditer / split.
import re
text = " ".join([s["clientAddress"] for s in system.perspective.getSessionInfo()])
print re.findall(r"10\.0\.(\d+)\.\d+", text)
print re.findall(r"(\d+)\.(\d+)\.\d+\.\d+", text)[:4]
for m in re.finditer(r"192\.168\.\d+\.(\d+)", text):
    print m.group(0), m.group(1), m.start(), m.end()
print re.split(r"[.\s]+", "10.0.4.17 10.0.7.102")
print re.split(r"(-)", "a-b-c"), re.split(r"-", "a-b-c", 1)
print re.findall(r"[A-Z][a-z]+", "MyProjectQualityDash")
print len(re.findall(r"\bPerspective/[\d.]+", " ".join(s["userAgent"] for s in system.perspective.getSessionInfo())))
