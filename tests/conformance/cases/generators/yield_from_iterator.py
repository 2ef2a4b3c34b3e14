# yield from an iterator object: send() calls its send method, close() its close, throw() without one
class It:
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def send(self, value):
        if value == "stop":
            raise StopIteration("stopped with " + value)
        return "sent " + value
    def close(self):
        print("It.close")
def outer():
    r = yield from It()
    print("yield from gave", r)
    yield "after"
g = outer()
print(next(g), g.send("a"), g.send("stop"))
g.close()
h = outer()
print(next(h))
h.close()
k = outer()
next(k)
try:
    k.throw(KeyError("no throw method"))
except KeyError as e:
    print("raised in outer", e, k.gi_frame)
