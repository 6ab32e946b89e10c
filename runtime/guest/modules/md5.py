# md5 (deprecated in Python 2.7 in favour of hashlib), for the sandbox.
import hashlib

digest_size = 16
blocksize = 1


def new(arg=''):
    return hashlib.md5(arg)

md5 = new
