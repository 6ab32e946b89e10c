import string
print repr(string.whitespace), repr(string.punctuation), string.hexdigits, string.octdigits
print string.capwords('hello   big world'), string.capwords('a-b-c', '-'), string.capwords(' x y ')
table = string.maketrans('abc', 'xyz')
print 'aabbcc'.translate(table), len(table), string.translate('abc', table, 'b')
try:
    string.maketrans('ab', 'x')
except ValueError, e:
    print e
print string.atoi('ff', 16), string.atol('10'), string.atof('1.5'), string.zfill(42, 6), string.zfill('-3', 4)
print string.join(['a', 'b']), string.split('a b  c'), string.replace('aaa', 'a', 'b', 2)
print string.upper('ab'), string.strip('  x '), string.find('abcb', 'b', 2), string.ljust('a', 3) + '|'
f = string.Formatter()
print f.format('{0} {name} {1[0]} {obj.real} {{x}} {0!r:>5} {2:{3}}', 'a', [9], 3.14159, '.2f', name='n', obj=5)
print f.format('{} {}', 1, 2), list(f.parse('a{0}b{x!r:>3}c{{'))
class Defaults(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, key.upper())
        return string.Formatter.get_value(self, key, args, kwargs)
print Defaults().format('{a} {b} {0}', 7, b='B')
