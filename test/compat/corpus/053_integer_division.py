# Python 2 integer division.
print 7 / 2, -7 / 2, 7 / -2, -7 / -2
print 7 // 2, -7 // 2, 7.0 // 2, -7.0 // 2
print 7 % 3, -7 % 3, 7 % -3, -7.5 % 2
print 7 / 2.0, -7 / 2.0, 1 / 3.0
print divmod(7, 2), divmod(-7, 2), divmod(7.5, 2)
ms = system.perspective.getSessionInfo()[1]["uptime"]
print ms / 1000, ms / 1000.0, ms // 1000
print 2 ** -1, 2 ** 0.5, (-8) ** 2
print 10 / 3 * 3, 10 * 3 / 3
