# unicodedata.name of Greek and Cyrillic letters, and of symbols used in engineering units
import unicodedata
for ch in u'\u0391\u03b1\u03a9\u03c9\u03bc\u0394\u0416\u0436\u0401\u2126\u00b0\u2103\u00b1\u2248\u221e\u2211':
    print repr(ch), unicodedata.name(ch)
