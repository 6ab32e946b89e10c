# List methods.
users = [s["username"] for s in system.perspective.getSessionInfo()]
print users.count("billy"), users.index("alice"), len(users)
users.reverse()
print users[:3]
users.sort()
print users
users.append("zed"); users.insert(0, "aaron"); users.extend(["x", "y"])
print users[0], users[-3:], users.pop(), users.pop(0), len(users)
users.remove("billy")
print users.count("billy")
try:
    users.remove("nobody")
except ValueError, e:
    print "ValueError:", e
try:
    users.index("nobody")
except ValueError, e:
    print "ValueError:", e
print [1, 2] * 3, [[0] * 2] * 2, [1] + [2], sorted([3, 1, 2], reverse=True)
nested = [[1, 2], [3]]
print sum(nested, []), nested == [[1, 2], [3]], [1, 2] < [1, 3]
