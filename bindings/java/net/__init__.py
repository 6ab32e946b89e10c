"""java.net.InetAddress.getLocalHost(): the configured host name (--hostname), never the real machine's."""
import _psjava
from java.lang import Object, Exception as _JavaException


class UnknownHostException(_JavaException):
    pass


class InetAddress(Object):
    def __init__(self, host, address):
        self._host, self._address = unicode(host), unicode(address)

    @staticmethod
    def getLocalHost():
        return InetAddress(_psjava._psenv.hostname(), u'127.0.0.1')

    @staticmethod
    def getLoopbackAddress():
        return InetAddress(u'localhost', u'127.0.0.1')

    def getHostName(self):
        return self._host

    def getCanonicalHostName(self):
        return self._host

    def getHostAddress(self):
        return self._address

    def isLoopbackAddress(self):
        return self._address.startswith(u'127.')

    def toString(self):
        return u'%s/%s' % (self._host, self._address)

    def equals(self, other):
        return isinstance(other, InetAddress) and other._address == self._address

    def hashCode(self):
        return hash(self._address)
