import copy

config = {'tags': ['a', 'b'], 'limits': {'max': 10}}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
config['tags'].append('c')
config['limits']['max'] = 99
print shallow['tags'], shallow['limits']
print deep['tags'], deep['limits']
print copy.copy((1, 2)) == (1, 2), copy.deepcopy([1, [2, [3]]])
