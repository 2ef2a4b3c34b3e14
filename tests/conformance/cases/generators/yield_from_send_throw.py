# send() and throw() pass through yield from to the subgenerator; its return value ends the delegation
def sub():
    try:
        got = yield "first"
        print("sub got", got)
        yield "second"
    except KeyError as e:
        print("sub caught", repr(e))
        return "sub result"
def outer():
    r = yield from sub()
    print("yield from gave", r)
    yield "after"
g = outer()
print(next(g), g.send("hello"), g.throw(KeyError("k")))
h = outer(); next(h)
try:
    h.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e, h.gi_frame)
def returns():
    try:
        yield 1
    except KeyError:
        return 5
r = returns(); next(r)
try:
    r.throw(KeyError)
except StopIteration as e:
    print("StopIteration value", e.value)
