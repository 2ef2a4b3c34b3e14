# a suspended generator alive at exit is closed during shutdown (its finally runs)
def gen():
    try:
        yield 1
    finally:
        print("generator finally at exit")
g = gen()
next(g)
print("end of module")
