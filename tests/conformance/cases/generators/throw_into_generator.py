# throw raises inside the generator at the yield
def gen():
    try:
        yield 1
    except KeyError as e:
        print("caught inside", e)
        yield 2
g = gen()
print(next(g))
print(g.throw(KeyError("k")))
g.close()
print("end")
