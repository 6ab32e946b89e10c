for s in [u'\xe9', u'\xc9', u'\xe9t\xe9', u'\u0661', u'ab1', u'\xe9\u0661', u'\xb2', u'\u2160', u'Stra\xdfe', u'\u03a9\u03c9']:
    print repr(s), s.isalpha(), s.isupper(), s.islower(), s.isalnum(), s.isdigit(), s.isnumeric(), s.isdecimal()
print u''.isalpha(), u'A1'.isupper(), u'a b'.islower(), u'\u01c5'.isupper(), u'\u01c5'.istitle()
print u'\xc9t\xe9 Caf\xe9'.istitle(), u'\xe9t\xe9 \xc9t\xe9'.istitle(), u'\u0130'.islower(), u'\xa0'.isspace(), u'\u2003'.isspace()
print u'\u00aa'.islower(), u'\u2170'.islower(), u'\u24b6'.isupper(), u'\u24b6'.isalpha(), u'\u0345'.isalpha()
print 'caf\xc3\xa9'.isalpha(), '\xc9'.isupper(), 'ABC\xc9'.isupper(), '\xb2'.isdigit()
