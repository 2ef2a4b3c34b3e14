# single-byte bytes objects are cached
b1 = b"abc"[0:1]
b2 = bytes([97])
print(b1 is b2)
print(b"abc"[1:2] is b"xbz"[1:2])
x = b"ab"[0:2]
print(x is b"ab"[0:2])
