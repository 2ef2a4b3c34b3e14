# a 100-deep yield from chain: next, send, throw and close all reach the innermost generator
import sys
def leaf():
    try:
        got = yield "first"
        print("leaf got", got)
        try:
            yield "second"
        except KeyError as e:
            print("leaf caught", repr(e))
        yield "third"
    finally:
        print("leaf finally")
def link(k):
    try:
        if k == 0:
            r = yield from leaf()
        else:
            r = yield from link(k - 1)
        return r
    finally:
        if k % 50 == 0:
            print("link finally", k)
top = link(99)
print(next(top), top.send("hello"), top.throw(KeyError("k")), sys.getrefcount(top))
top.close()
print(top.gi_frame, list(link(2)))
