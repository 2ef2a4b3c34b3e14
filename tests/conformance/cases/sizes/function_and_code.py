# sys.getsizeof of a function, a closure cell and a bound method
import sys
def f():
    yield 1
def outer():
    x = 1
    return lambda: x
print(sys.getsizeof(f), sys.getsizeof(outer().__closure__[0]))
class C:
    def m(self):
        pass
print(sys.getsizeof(C().m))
