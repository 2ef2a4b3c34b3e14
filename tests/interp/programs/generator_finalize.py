# a suspended generator is closed when it dies: its finally clause runs, exceptions are ignored
class T:
    def __del__(self):
        print("T freed")
def gen():
    t = T()
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")
g = gen()
print(next(g))
del g
print("after del")
def bad():
    try:
        yield 1
    finally:
        raise RuntimeError("in finally")
b = bad()
next(b)
del b
print("end")
