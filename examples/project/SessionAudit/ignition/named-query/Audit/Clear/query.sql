DELETE FROM session_audit
