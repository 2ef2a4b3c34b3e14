# codec errors and the str -> int digit limit: UnicodeDecodeError/UnicodeEncodeError carry five
# arguments (encoding, object, start, end, reason), the limit message changed in 3.11
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e, e.args[:1])
        if isinstance(e, UnicodeError):
            print(e.reason, e.start, e.end, e.object, e.encoding, len(e.args))
show(lambda: b"\xff".decode())
show(lambda: b"ab\xff\xfe".decode("ascii"))
show(lambda: str(b"\xff", "utf-8"))
show(lambda: "\xe9".encode("ascii"))
show(lambda: int("1" * 5000))
show(lambda: str(10 ** 5000))
