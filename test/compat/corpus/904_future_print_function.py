from __future__ import print_function
import sys

sessions = system.perspective.getSessionInfo("billy")
print("billy has", len(sessions), "sessions")
for s in sessions:
    print(s["id"], s["project"], sep=" | ", end=";\n")
print("to stdout", file=sys.stdout)
print()
print(1 / 2)
p = print
p("print is a function:", callable(p))
