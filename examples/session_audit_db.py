# One audit row per session, written in a transaction, read back with the project's named queries.
# Runs with: perspective-sandbox run --project examples/project/SessionAudit --db sqlite:audit.db examples/session_audit_db.py
# (or --db postgresql://USER@HOST/DB, password from PGPASSWORD)
system.db.runUpdateQuery("""CREATE TABLE IF NOT EXISTS session_audit (
    session_id VARCHAR(64) PRIMARY KEY, username VARCHAR(255) NOT NULL, project VARCHAR(255),
    scope VARCHAR(32), uptime_ms BIGINT, audited_at TIMESTAMP)""")

now = system.date.now()
tx = system.db.beginTransaction()
try:
    system.db.runNamedQuery("Audit/Clear", {}, tx)
    for s in system.perspective.getSessionInfo():
        system.db.runNamedQuery("Audit/Insert", {"sessionId": s.id, "username": s.username, "project": s.project,
                                                 "scope": s.sessionScope, "uptime": s.uptime, "auditedAt": now}, tx)
    system.db.commitTransaction(tx)
finally:
    system.db.closeTransaction(tx)

print system.db.runNamedQuery("Audit/Count"), "sessions audited"
for row in system.dataset.toPyDataSet(system.db.runNamedQuery("Audit/ByUser", {"username": "billy"})):
    print row["session_id"], row["project"], row["scope"], row["uptime_ms"]
