# Loop-heavy report: aggregates every session with dict access and % formatting (issue 8, throughput).
sessions = system.perspective.getSessionInfo()
by_project = {}
bytes_by_user = {}
pages = 0
lines = []
for s in sessions:
    project = s['project']
    by_project[project] = by_project.get(project, 0) + 1
    user = s['username']
    bytes_by_user[user] = bytes_by_user.get(user, 0) + s['totalBytesSent']
    pages += s['activePages']
    lines.append('%s@%s %-8s %d pages, up %.1f min, %d B' % (user, s['clientAddress'], s['sessionScope'],
                                                            s['activePages'], s['uptime'] / 60000.0, s['recentBytesSent']))
for project in sorted(by_project):
    print '%-12s %7d' % (project, by_project[project])
top = sorted(bytes_by_user.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
for user, total in top:
    print '%-12s %12d' % (user, total)
print '%d sessions, %d pages, %d lines, %d chars' % (len(sessions), pages, len(lines), sum([len(l) for l in lines]))
