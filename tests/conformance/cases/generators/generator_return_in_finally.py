# a generator returning from a try with finally runs the finally before StopIteration
def gen():
    try:
        yield 1
        return "r"
    finally:
        print("finally")
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
