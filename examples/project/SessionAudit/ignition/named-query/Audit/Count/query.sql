SELECT COUNT(*) FROM session_audit
