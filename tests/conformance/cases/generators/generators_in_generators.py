# generators made and driven inside generator bodies, generator expressions, and throw into them
import sys
def squares(n):
    for i in range(n):
        yield i * i
def evens_of_squares(n):
    inner = (x for x in squares(n) if x % 2 == 0)
    for v in inner:
        got = yield v
        if got is not None:
            yield "got %s" % got
    print("inner refs", sys.getrefcount(inner))
g = evens_of_squares(7)
print(next(g), g.send("s"), next(g))
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("throw came back", e, g.gi_frame)
print(list(evens_of_squares(5)), sum(sum(squares(k)) for k in range(4)))
