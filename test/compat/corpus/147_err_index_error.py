# IndexError when the filter matches nothing.
try:
    system.perspective.getSessionInfo("nobody")[0]
except IndexError, e:
    print "IndexError:", e
pages = system.perspective.getSessionInfo("billy")[2]["pageIds"]
print "designer pages:", pages
print pages[0]
