# binascii for the sandbox: conversions between binary and ASCII (natively in _psbinascii).
import _psbinascii


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


hexlify = b2a_hex = _psbinascii.hexlify
unhexlify = a2b_hex = _psbinascii.unhexlify
crc32 = _psbinascii.crc32


def b2a_base64(data):
    return _psbinascii.b2a_base64(data)


def a2b_base64(string):
    try:
        return _psbinascii.a2b_base64(string)
    except ValueError, e:
        raise Error(str(e))
