# str.format table with alignment specs.
print "{0:<16}|{1:^14}|{2:>10}".format("user", "project", "pages")
print "{0:-<16}+{0:-^14}+{0:->10}".format("")
for s in system.perspective.getSessionInfo():
    print u"{0:<16}|{1:^14}|{2:>10}".format(s["username"], s["project"], s["activePages"])
print "{:>10,}".format(1234567)
print "{0:08.3f}|{1:+d}|{2:x}|{3:o}|{4:b}".format(3.14159, 42, 255, 8, 5)
