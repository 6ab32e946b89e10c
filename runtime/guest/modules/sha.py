# sha (deprecated in Python 2.7 in favour of hashlib), for the sandbox.
import hashlib

digest_size = digestsize = 20
blocksize = 1


def new(arg=''):
    return hashlib.sha1(arg)

sha = new
