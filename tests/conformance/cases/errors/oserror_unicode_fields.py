# OSError(errno, strerror[, filename]) picks the errno's subclass (OSError_new), keeps errno /
# strerror / filename as members (args loses the filename) and prints "[Errno n] msg[: 'file']";
# UnicodeDecodeError / UnicodeEncodeError read their five arguments as members and format them.
import gc
import sys

for a in [(2, "nope"), (13, "perm"), (2, "x", "f.txt"), (99999, "odd"), ("a", "b"), (1,), (), (2, "y", None)]:
    e = OSError(*a)
    print(type(e).__name__, str(e), e.args, e.errno, e.strerror, e.filename)
e = FileNotFoundError(2, "x")
print(type(e).__name__, e, repr(e))
try:
    raise OSError(2, "nope")
except FileNotFoundError as err:
    print("caught", err, err.errno)
name = "some.txt"
before = sys.getrefcount(name)
e = OSError(2, "gone", name)
print(sys.getrefcount(name) - before)
del e
print(sys.getrefcount(name) - before, gc.collect())
d = UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 3, "invalid start byte")
print(d.args, d.reason, d.start, d.end, d.encoding, d.object, str(d))
d = UnicodeDecodeError("ascii", b"\xff\xfe", 0, 2, "ordinal not in range(128)")
print(str(d))
u = UnicodeEncodeError("ascii", "a\xff\u1234", 1, 2, "nope")
print(u.args, str(u), str(UnicodeEncodeError("ascii", "a\u1234", 1, 2, "x")))
print(str(UnicodeEncodeError("ascii", "abc", 0, 3, "many")))
