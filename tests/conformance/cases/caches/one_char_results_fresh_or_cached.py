# a one-character result is the latin-1 singleton when CPython's unicode_result makes it (slices, indexing, '%d', split), a new object when the method builds it with PyUnicode_New (str(5), upper, replace, join of several)
digits = str(12345)
y = "".join(["x", "y"])[1]
def cached(c):
    return chr(ord(c)) is c
n = 5
print("cached:", [cached(c) for c in (digits[0], digits[1:2], "%d" % n, "{}".format(n), f"{n:d}", y.strip(), "x,y".split(",")[1], "ab".partition("a")[2])])
print("fresh:", [cached(c) for c in (str(n), repr(n), f"{n}", format(n), ascii(n), y.upper(), y.lower(), y.title(), y.swapcase(), (y + "z").replace("z", ""), "".join([y, ""]))])
print("same:", "".join([y]) is y, str(True) is str(True), repr(False) is str(False))
print([cached(c) for c in (b"y".upper().decode(), bytes([121]).decode())], b"y".upper() is bytes([89]), b"xy"[1:] is bytes([121]))
