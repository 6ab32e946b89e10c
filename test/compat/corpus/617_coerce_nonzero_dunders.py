print (7).__coerce__(2), (7).__coerce__(2L), (7).__coerce__('x')
print (7.0).__coerce__(1), (7L).__coerce__(1), (7L).__coerce__(2.5)
print (7).__nonzero__(), (0).__nonzero__(), (0.0).__nonzero__(), (3L).__nonzero__()
