def describe(key, value):
    return key + '=' + `value`
def closure(v):
    def inner():
        return `v`
    return inner
print describe('n', 3), describe('s', 'a'), closure([1])()
class K(object):
    val = `(1, 2)`
print K.val
