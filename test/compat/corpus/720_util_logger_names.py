import sys
class Capture(object):
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
    def getvalue(self):
        return u''.join(self.parts)
buf = Capture()
sys.stderr = buf
for name in ["Gateway.Audit", "a b", u'Caf\xe9', ""]:
    lg = system.util.getLogger(name)
    lg.info("hello")
    print repr(lg.getName())
system.util.getLogger("Obj").info([1, {"a": 2}])
system.util.getLogger("Num").warn(2.5)
system.util.getLogger("Bool").error(True)
sys.stderr = sys.__stderr__
print buf.getvalue().encode('utf-8'),
