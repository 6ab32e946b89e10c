import { describe, expect, it } from 'vitest';
import { output } from '../../helpers.js';

// Expected output recorded with Jython 2.7 (jython /tmp/script.py) from the same source.
const SOURCE = `from collections import OrderedDict, defaultdict, Counter, namedtuple, deque
od = OrderedDict([(u'b', 1), ('a', 2)])
od.setdefault(u'b', 5); od['c'] = 3; del od['a']; od['a'] = 0
print repr(od), od.keys(), list(od), od.pop('zz', 9), len(od), 'c' in od
print od.popitem(), od.popitem(last=False), repr(od), repr(od.copy()), repr(OrderedDict.fromkeys('xy'))
print OrderedDict(a=1) == {'a': 1}, OrderedDict([(1, 1), (2, 2)]) == OrderedDict([(2, 2), (1, 1)]), isinstance(od, dict)
d = defaultdict(list); d['k'].append(1); print dict(d), Counter('abca').most_common(1), namedtuple('P', 'x y')(1, 2), deque([1, 2])
`;

describe('collections.OrderedDict (modules/collections.py)', () => {
  it('keeps insertion order through setdefault, del, pop, popitem; the native types still import', async () => {
    expect(await output(SOURCE)).toBe(
      "OrderedDict([(u'b', 1), ('c', 3), ('a', 0)]) [u'b', 'c', 'a'] [u'b', 'c', 'a'] 9 3 True\n" +
        "('a', 0) (u'b', 1) OrderedDict([('c', 3)]) OrderedDict([('c', 3)]) OrderedDict([('x', None), ('y', None)])\n" +
        'True False True\n' +
        "{'k': [1]} [('a', 2)] P(x=1, y=2) deque([1, 2])\n",
    );
  });
});
