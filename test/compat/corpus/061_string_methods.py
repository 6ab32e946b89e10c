# Common str methods.
s = "  Perspective Session Report  "
print repr(s.strip()), repr(s.lstrip()), repr(s.rstrip())
print s.strip().lower(), s.strip().upper(), s.strip().swapcase()
print s.strip().title(), "hello world".capitalize()
print s.count("e"), s.find("Session"), s.find("zzz"), s.rfind("e"), s.index("P")
print s.strip().split(), s.strip().split(" ", 1), "a,b,,c".split(",")
print "a b  c".split(" "), "line1\nline2\r\nline3".splitlines()
print "-".join(["a", "b", "c"]), s.strip().replace("Session", "Sess", 1)
print "abc".startswith("ab"), "abc".endswith(("x", "c")), "123".isdigit(), "abc".isalpha(), "  ".isspace()
print "ab".zfill(5), "-42".zfill(6), "x".ljust(4, "."), "x".rjust(4, "."), "x".center(5, "-")
print "a\tb".expandtabs(4), "Hello".partition("l"), "Hello".rpartition("l")
print "%r" % "quote's", "%r" % 'dq"', repr("both'\"")
print "a,b,c".rsplit(",", 1), "MiXeD".islower(), "abc".isupper()
