import md5
import sha

print md5.new('abc').hexdigest()
print sha.new('abc').hexdigest()
m = md5.new()
m.update('a')
m.update('bc')
print m.hexdigest() == md5.new('abc').hexdigest()
