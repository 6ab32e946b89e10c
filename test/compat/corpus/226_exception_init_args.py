class MyErr(Exception):
    def __init__(self, msg, code):
        Exception.__init__(self, msg)
        self.code = code
e = MyErr('boom', 3); print e.args, str(e), repr(e), e.code, e.message
class E2(Exception):
    def __init__(self, a, b):
        super(E2, self).__init__(a)
print E2(1, 2).args
class E3(ValueError):
    def __init__(self, a):
        pass
print E3(5).args, ValueError('x', 2).args, KeyError('k').args
class E4(KeyError):
    def __init__(self, k, extra):
        KeyError.__init__(self, k)
try: raise E4('key', 1)
except KeyError, e: print e, e.args
class Plain(Exception):
    pass
print Plain('x', 1).args, Plain().args, str(Plain('m')), repr(Plain('m'))
class Forward(Exception):
    def __init__(self, *a):
        Exception.__init__(self, *a)
print Forward(1, 2).args, str(Forward(1, 2))
class Coded(Exception):
    def __init__(self, msg, code):
        Exception.__init__(self, msg)
        self.code = code
raise Coded('pump offline', 7)
