SELECT session_id, project, scope, uptime_ms
FROM session_audit
WHERE username = :username
ORDER BY session_id
