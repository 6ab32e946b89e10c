# Overrides Global's BlueRidge.Common.Util.
def describe():
	return 'SessionAudit BlueRidge.Common.Util'


def sessionsByUser():
	counts = {}
	for s in system.perspective.getSessionInfo():
		user = BlueRidge.Common.Format.username(s)
		counts[user] = counts.get(user, 0) + 1
	return counts


def uptimeText(session):
	return Util.secondsToText(session.uptime / 1000)
