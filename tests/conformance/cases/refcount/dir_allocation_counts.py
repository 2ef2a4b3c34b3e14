# dir() builds CPython's objects: a bound __dir__, the names dict, a keys list per class level, the sorted list
import gc
def delta(f, args):
    gc.disable(); gc.collect()
    a = gc.get_count()[0]
    r = f(*args)
    b = gc.get_count()[0]
    del r
    return b - a
class C:
    x = 1
class D(C):
    def f(self):
        pass
c = C()
d = D()
d.a = 1
for o in (1, C, D, c, d, gc, int):
    print(type(o).__name__, delta(dir, (o,)))
print(delta(vars, (d,)), delta(vars, (c,)))
print('x' in dir(c), 'a' in dir(d), 'f' in dir(D), '__class__' in dir(1), 'collect' in dir(gc))
print(dir(d) == sorted(dir(d)), dir(c) == dir(C))
