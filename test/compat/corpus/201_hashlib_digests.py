import hashlib

print hashlib.md5('hello').hexdigest()
print hashlib.sha1('hello').hexdigest()
print hashlib.sha256('tag value').hexdigest()
print hashlib.sha512('').hexdigest()[:32]
h = hashlib.md5()
h.update('part one ')
h.update('part two')
print h.hexdigest(), h.digest_size, len(h.digest())
print hashlib.new('sha1', 'x').hexdigest()
