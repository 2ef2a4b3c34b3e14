# generators: send, yield from, close running finally, gi_frame
def gen():
    try:
        x = yield 1
        print("got", x)
        yield x * 2
    finally:
        print("gen finally")
g = gen()
print(next(g), g.send(21))
g.close()
def inner():
    yield 1
    yield 2
    return "done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
print(list(outer()))
print(sum(i * i for i in range(5)))
