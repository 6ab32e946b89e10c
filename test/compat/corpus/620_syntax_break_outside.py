print 'never printed'
break
