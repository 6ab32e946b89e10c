# Project -> users matrix with sets.
matrix = {}
for s in system.perspective.getSessionInfo():
    matrix.setdefault(s["project"], set()).add(s["username"])
for project in sorted(matrix):
    users = sorted(matrix[project])
    print "%-13s %d %s" % (project, len(users), ", ".join(users))
common = reduce(lambda a, b: a & b, matrix.values())
print "in every project:", sorted(common)
print "anywhere:", len(reduce(lambda a, b: a | b, matrix.values()))
