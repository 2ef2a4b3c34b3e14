# bytes operations: encode/decode, slicing, join, hex, find, formatting and sizes
import gc
gc.collect()
import sys

b = "héllo wörld".encode("utf-8")
print(b, len(b), b.decode("utf-8"), b[0], b[1:3], b[-1], list(b[:4]))
print(b.upper(), b.split(b" "), b.replace(b"l", b"L"), b.startswith(b"h"), b.find(b"w"), b.count(b"l"))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), b"ab" * 3, b"ab" + b"cd", b"-".join([b"x", b"y"]))
print(b"abc".hex(), bytes.fromhex("de ad be ef"), b"\x00\x01".hex(), b"Hi".lower(), b"  x ".strip())
print(b"a,b,c".split(b","), b"abc" < b"abd", b"a" in b"cat", 97 in b"cat", b"abc".index(b"c"))
print("ascii".encode(), "é".encode("latin-1"), "€".encode("utf-8"), b"caf\xc3\xa9".decode())
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, ValueError), e)
print(b"abc".decode("ascii", "replace"), b"\xffa".decode("utf-8", "replace"), b"\xffa".decode("ascii", "ignore"))
checksum = 0
for byte in b:
    checksum = (checksum * 31 + byte) % 65521
print("checksum", checksum, sum(b), max(b), min(b), sorted(b"cab"), bytes(reversed(b"abc")))
print(b"%d-%s" % (5, b"x"), b"x".zfill(3), b"ab".center(6, b"*"), b"Title here".title(), b"a\tb".expandtabs(4))
print(gc.collect())
