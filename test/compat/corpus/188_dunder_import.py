m = __import__('math')
print m.floor(2.5)
json = __import__('json')
print json.dumps([1, 2])
mod = __import__('string', globals(), {}, ['upper'])
print mod.__name__
