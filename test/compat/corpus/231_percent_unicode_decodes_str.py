# A unicode argument makes a % result unicode: str pieces are decoded as ASCII first.
name = u'Jos\xe9'
print repr('%s - %s' % (u'a', 'plain'))
print repr(u'%s|%s' % ('ok', 5))
print repr('%-6s|%r' % (name, 'caf\xc3\xa9'))
for template, args in [('%s %s', (u'a', u'\xe9'.encode('utf-8'))),
                       ('caf\xc3\xa9 %s', (u'x',)),
                       (u'%s', ('\xff',)),
                       ('%s and %s', ('\xe2\x82\xac', u'b'))]:
    try:
        print repr(template % args)
    except UnicodeDecodeError, e:
        print 'UnicodeDecodeError:', e
print "%s %s" % (u'a', u'\xe9'.encode('utf-8'))
