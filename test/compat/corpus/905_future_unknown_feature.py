# An unknown __future__ feature is a SyntaxError at compile time.
from __future__ import division, nope
print "never printed"
