# Python 2 orders dicts: by length first, then by the smallest differing key, then its value.
print cmp({1: 2}, {1: 3}), {1: 2} < {1: 3}, {1: 2} < {1: 2, 3: 4}, {5: 0} > {1: 9, 2: 0}
print cmp({'a': 1, 'b': 2}, {'a': 1, 'b': 2}), cmp({'a': 1, 'b': 2}, {'a': 1, 'c': 2}), cmp({'b': 1}, {'a': 1})
print {'x': [1, 2]} < {'x': [1, 3]}, {} < {0: 0}, {'k': None} <= {'k': None}, {'k': 1} >= {'k': 0}
rows = [{'id': 3}, {'id': 1, 'extra': True}, {'id': 2}, {}]
print sorted(rows, key=lambda r: len(r))
print sorted([{'id': 3}, {'id': 1}, {'id': 2}])
print max([{'a': 1}, {'a': 5}, {'a': 3}])
