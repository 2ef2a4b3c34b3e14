# yield from a class-based iterator: the StopIteration its __next__ raises ends the delegation, and
# its value is the value of the yield from expression (_PyGen_FetchStopIterationValue); a builtin
# iterator ends with None.
import sys
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration([self.n])
        return self.n
def g():
    r = yield from It()
    print("result", r, sys.getrefcount(r))
    r = yield from [7, 8]
    print("result", r)
print(list(g()))
class Bare:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
def h():
    r = yield from Bare()
    print("bare", r)
    yield 0
print(list(h()))
