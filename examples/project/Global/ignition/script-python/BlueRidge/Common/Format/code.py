def username(session):
	"""A session's user, as the audit reports show it."""
	return session['username'].lower()
