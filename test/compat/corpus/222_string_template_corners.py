import string
T = string.Template('$who likes ${what}; $$5 and $x')
print T.substitute(who='tim', what='kung pao', x=1)
print T.safe_substitute(who='al')
print T.substitute({'who': 'a', 'what': 'b', 'x': 'c'}, who='kw')
for bad in ['$who $', 'line1\n  ab $9', '${bad']:
    try:
        string.Template(bad).substitute(who=1)
    except ValueError, e:
        print e
    print string.Template(bad).safe_substitute(who=1)
try:
    T.substitute(who='x')
except KeyError, e:
    print 'KeyError', e
class Percent(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print Percent('%abc and %%, %{x}').substitute(abc=1, x=2)
class Hash(string.Template):
    pattern = r'\#(?:(?P<escaped>\#)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<invalid>))'
print Hash('#a ## #{b}').substitute(a=1, b=2)
print T.template, string.Template.delimiter
