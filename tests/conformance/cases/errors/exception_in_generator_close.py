# an exception raised by a generator's finally during close() propagates to the caller
def gen():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    print("caught", e)
print("end")
