import sys
print sys.exc_info()
print sys.maxunicode
print sys.maxint
