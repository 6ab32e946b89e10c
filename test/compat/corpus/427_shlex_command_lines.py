import shlex

for line in ['copy "my file.txt" dest --flag=\'a b\' # comment', 'a#b c', "a\\ b 'c\\d' \"e\\\"f\"", 'set  tag  "Line 1/Motor"  42',
             "it's", '""', "x '' y", 'a\\', 'multi\nline "quoted\nnewline"', 'emoji=\'\' end']:
    try:
        print repr(line), shlex.split(line), shlex.split(line, comments=True), shlex.split(line, posix=False)
    except ValueError, e:
        print repr(line), 'ValueError:', e
lex = shlex.shlex('x = "a b"; y=2 # note\nz = func(1, \'q\')')
print list(lex), lex.lineno
lex = shlex.shlex('a,b c', posix=True)
lex.whitespace += ','
lex.whitespace_split = True
print list(lex)
lex = shlex.shlex('tag.read("A/B") + 1.5', posix=True)
lex.wordchars += '.'
print [t for t in lex]
lex = shlex.shlex('one two three')
first = lex.get_token()
lex.push_token('zero')
print first, lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.eof)
p = shlex.shlex('a b', posix=True)
print p.get_token(), p.get_token(), p.get_token()
print shlex.shlex('"x"').error_leader('cmd', 3)
