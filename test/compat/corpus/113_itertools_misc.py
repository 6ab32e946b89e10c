# chain, islice, count, izip, imap, ifilter, repeat, cycle.
from itertools import chain, islice, count, izip, imap, ifilter, repeat, cycle, takewhile, dropwhile
billy = system.perspective.getSessionInfo("billy")
alice = system.perspective.getSessionInfo("alice")
print [s["sessionScope"] for s in chain(billy, alice)]
print list(islice(count(10, 5), 4)), list(islice("abcdefg", 1, None, 2))
print list(izip(count(1), [s["project"] for s in billy]))
print list(imap(lambda s: s["activePages"], alice)), list(ifilter(lambda n: n % 2, range(7)))
print list(repeat("x", 3)), list(islice(cycle("ab"), 5))
print list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1]))
print list(chain.from_iterable([[1], [2, 3]]))
