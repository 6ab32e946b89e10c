LIMIT = 10

def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
print add5(1), add5.func_name
print len(add5.func_closure), add5.func_closure[0].cell_contents
print 'LIMIT' in make_adder.func_globals, make_adder.func_globals['LIMIT']
print make_adder.__globals__['LIMIT']
