# The words of a __future__ import inside a string or a comment change nothing:
# from __future__ import division
# from __future__ import print_function
HELP = """
from __future__ import division
from __future__ import print_function
"""
sessions = system.perspective.getSessionInfo()
print "sessions", len(sessions)
print 1 / 2, 7 / 2, len(sessions) / 2
print "a", "b"
print("a", "b")
print HELP.strip().split("\n")[0]
