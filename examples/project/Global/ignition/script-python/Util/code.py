def secondsToText(seconds):
	"""Formats a duration in seconds as text, e.g. 3725 -> '1h 2m 5s'."""
	seconds = int(seconds)
	hours, rest = divmod(seconds, 3600)
	minutes, seconds = divmod(rest, 60)
	parts = []
	if hours:
		parts.append('%dh' % hours)
	if minutes:
		parts.append('%dm' % minutes)
	parts.append('%ds' % seconds)
	return ' '.join(parts)


def recordAudit(payload):
	"""Logs an audit record (a JSON string) and returns it decoded."""
	logger = system.util.getLogger('Audit.' + system.util.getProjectName())
	logger.info(payload)
	return system.util.jsonDecode(payload)


def checkedRatio(part, whole):
	return part / whole
