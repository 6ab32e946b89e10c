import abc

class Handler(object):
    __metaclass__ = abc.ABCMeta

    @abc.abstractmethod
    def handle(self, msg):
        pass

    def run(self, msg):
        return 'handled: ' + self.handle(msg)

class Upper(Handler):
    def handle(self, msg):
        return msg.upper()

try:
    Handler()
except TypeError, e:
    print 'TypeError:', e
print Upper().run('tag changed')
print isinstance(Upper(), Handler), issubclass(Upper, Handler)
