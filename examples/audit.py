# Runs with: perspective-sandbox run --project examples/project/SessionAudit examples/audit.py
import BlueRidge.Common.Util
logger = system.util.getLogger("SessionAudit")
print system.util.getProjectName(), '-', BlueRidge.Common.Util.describe()
for user, count in sorted(BlueRidge.Common.Util.sessionsByUser().items()):
    print '%-8s %d' % (user, count)
print Util.secondsToText(3725)
record = Util.recordAudit(system.util.jsonEncode({"count": len(system.perspective.getSessionInfo())}))
print record['count']
logger.infof("%d sessions audited", record['count'])
