import hashlib

def hash_password(password, salt):
    return hashlib.sha256(salt + password).hexdigest()

stored = hash_password('secret', 'abc123')
print stored
print hash_password('secret', 'abc123') == stored
print hash_password('Secret', 'abc123') == stored
print hashlib.sha224('x').hexdigest(), hashlib.sha384('x').hexdigest()[:16]
