# A __future__ import after other statements is a SyntaxError: nothing of the script runs.
print "this line never prints"
from __future__ import division
print 1 / 2
