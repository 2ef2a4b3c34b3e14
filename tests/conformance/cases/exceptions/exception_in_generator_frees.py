# an exception propagating out of a generator finishes it and frees its locals
class T:
    def __del__(self):
        print("T freed")
def gen():
    t = T()
    yield 1
    raise ValueError("in gen")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print("end")
