mask = 0xFFFFFFFF
value = 0x1234567890
print value & mask, value >> 32, (value >> 4) & 0xF
print (1 << 40) | 1, -1 | 0, -8 >> 1, 5 ^ 3, ~5
flags = 0
for bit in [0, 3, 35]:
    flags |= 1 << bit
print flags, type(flags).__name__, bool(flags & (1 << 35))
print 0x61626364 << 8 | 0x65
