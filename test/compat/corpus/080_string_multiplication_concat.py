# Building a text box with string arithmetic.
title = "Perspective Sessions"
width = 40
print "+" + "-" * (width - 2) + "+"
print "|" + title.center(width - 2) + "|"
print "+" + "=" * (width - 2) + "+"
for s in system.perspective.getSessionInfo(projectFilter="MyProject"):
    text = "%s (%s)" % (s["username"], s["sessionScope"])
    print "| " + text.ljust(width - 4) + " |"
print "+" + "-" * (width - 2) + "+"
print "ab" * 0, "ab" * -1, "-" * 3 + ">"
