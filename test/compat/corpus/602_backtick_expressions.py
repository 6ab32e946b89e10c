x = 7
print `x` + `x`, `x`[0], `-x`, `x * 2`
print `1, 2`, `(x, 'y')`, `{'k': `x`}`
print [`i` for i in range(4)]
label = lambda v: `v`
print label(2L), label('a\n'), label([1, 'b'])
print '%s=%s' % ('x', `x`)
