# a mixin may precede the builtin base (best_base picks the base with a layout); different layouts conflict
import sys
class M:
    def hello(self):
        return "hi " + str(len(self))
class X(M, list): pass
class Y(M, dict): pass
class E(M, Exception): pass
class L(list): pass
class Z(L, M): pass
x, y = X([1, 2]), Y(a=1)
print(x, x.hello(), y, y.hello(), X.__base__.__name__, Z.__base__.__name__, sys.getsizeof(x) == sys.getsizeof(L([1, 2])))
try:
    raise E("boom")
except E as e:
    print(repr(e), e.args, E.__base__.__name__)
for bases in ((list, dict), (set, frozenset), (L, tuple), (int, str)):
    try:
        type("Q", bases, {})
    except TypeError as e:
        print(e)
for b in (bool, range, type(None)):
    try:
        type("Q", (b,), {})
    except TypeError as e:
        print(e)
