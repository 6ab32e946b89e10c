loads = 0
loads += 1


def failing(sessions):
	return Util.checkedRatio(len(sessions), 0)
