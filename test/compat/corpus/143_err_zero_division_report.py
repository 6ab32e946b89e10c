# ZeroDivisionError in an average over an empty result.
def avg_pages(user):
    ss = system.perspective.getSessionInfo(user)
    return sum(s["activePages"] for s in ss) / len(ss)
for u in ["billy", "alice", "nobody"]:
    print u, avg_pages(u)
