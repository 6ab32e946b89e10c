import binascii

print binascii.hexlify('PLC-01')
print binascii.unhexlify('504c432d3031')
print binascii.b2a_hex('\x00\x10\xff')
print binascii.crc32('hello world'), binascii.crc32('')
print repr(binascii.b2a_base64('abc'))
print binascii.a2b_base64('YWJj')
try:
    binascii.unhexlify('abc')
except TypeError, e:
    print 'TypeError', e
