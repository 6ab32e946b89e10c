# htmlentitydefs tables.
import htmlentitydefs
print len(htmlentitydefs.name2codepoint), len(htmlentitydefs.codepoint2name), len(htmlentitydefs.entitydefs)
print htmlentitydefs.name2codepoint['nbsp'], htmlentitydefs.name2codepoint['euro'], htmlentitydefs.codepoint2name[169]
print repr(htmlentitydefs.entitydefs['amp']), repr(htmlentitydefs.entitydefs['eacute']), repr(htmlentitydefs.entitydefs['euro'])
print sorted(htmlentitydefs.name2codepoint)[:8]
