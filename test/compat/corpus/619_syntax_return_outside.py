# A misplaced return: Jython refuses the file before running it
print 'never printed'
return 5
