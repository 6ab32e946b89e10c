import hmac
import hashlib

key = 'gateway-secret'
msg = '{"tag": "Line1/Speed", "value": 42}'
print hmac.new(key, msg, hashlib.sha256).hexdigest()
print hmac.new(key, msg, hashlib.sha1).hexdigest()
print hmac.new(key, msg).hexdigest()
sig = hmac.new(key, msg, hashlib.sha256)
sig2 = sig.copy()
sig2.update('more')
print sig.hexdigest() != sig2.hexdigest()
