import pprint

sessions = system.perspective.getSessionInfo()
by_user = {}
for s in sessions:
    by_user.setdefault(s['username'].encode('utf-8'), []).append(s['id'][:8])
pprint.pprint(by_user)
pprint.pprint(sorted(by_user.keys()))
summary = {'count': len(sessions), 'projects': sorted(set([s['project'] for s in sessions])),
           'pages': [s['activePages'] for s in sessions], 'nested': {'b': (1, 2), 'a': [{'z': 1, 'y': 2}]}}
pprint.pprint(summary)
pprint.pprint(summary, width=40)
pprint.pprint(summary, indent=4, width=50)
pprint.pprint(summary, depth=1)
print pprint.pformat({'b': 1, 'a': 2})
print pprint.pformat((1,))
print pprint.pformat([('tuple', 1)] * 12)
print pprint.pformat(set(['b', 'a', 'c']))
print pprint.pformat(set(range(30)))
print pprint.pformat(frozenset(range(25)))
print pprint.pformat(['x' * 30, 'y' * 30, ('z' * 40,)])
print pprint.pformat([])
print pprint.saferepr({'k': [1, 2, {'j': 3, 'i': 4}]})
loop = [1, 2]
loop.append(loop)
print pprint.isrecursive(loop), pprint.isreadable(loop), pprint.isreadable([1, 'a']), pprint.isreadable(object())
pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint({'alpha': range(10), 'beta': 'b' * 20})
print pp.pformat(range(3))
