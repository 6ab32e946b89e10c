# itertools for the sandbox: Skulpt's native itertools (Python 3 names) plus the Python 2 names
# izip, imap, ifilter, ifilterfalse and izip_longest.
from _itertools import (chain, combinations, combinations_with_replacement, compress, count, cycle,
                        dropwhile, groupby, islice, permutations, product, repeat, starmap, takewhile)
import _itertools


# (Skulpt generators cannot take *args: each public function hands fixed arguments to a generator.)
def _izip(iterators):
    if not iterators:
        return
    while True:
        result = []
        for it in iterators:
            try:
                result.append(next(it))
            except StopIteration:
                return
        yield tuple(result)


def izip(*iterables):
    return _izip([iter(it) for it in iterables])


def _imap(func, iterators):
    while True:
        args = []
        for it in iterators:
            try:
                args.append(next(it))
            except StopIteration:
                return
        args = tuple(args)
        if func is None:
            yield args
        else:
            yield func(*args)


def imap(func, *iterables):
    if not iterables:
        raise TypeError('imap() must have at least two arguments.')
    return _imap(func, [iter(it) for it in iterables])


def ifilter(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if predicate(x):
            yield x


def ifilterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def izip_longest(*args, **kwds):
    fillvalue = kwds.pop('fillvalue', None)
    if kwds:
        raise TypeError("izip_longest() got an unexpected keyword argument '%s'" % list(kwds)[0])
    return _itertools.zip_longest(*args, fillvalue=fillvalue)


def _tee_gen(it, queues, q):
    while True:
        if not q:
            try:
                value = next(it)
            except StopIteration:
                return
            for other in queues:
                other.append(value)
        yield q.pop(0)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    queues = [[] for i in range(n)]
    return tuple([_tee_gen(it, queues, q) for q in queues])
