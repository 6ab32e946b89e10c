INSERT INTO session_audit (session_id, username, project, scope, uptime_ms, audited_at)
VALUES (:sessionId, :username, :project, :scope, :uptime, :auditedAt)
