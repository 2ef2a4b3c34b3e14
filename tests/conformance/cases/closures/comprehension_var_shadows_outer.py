# a comprehension's variable hides the enclosing one of that name, which keeps its value and references
import sys


def shadow():
    x = "outer" + str(1)
    before = sys.getrefcount(x)
    r = [x for x in range(3)]
    try:
        [1 // (x - 1) for x in range(3)]
    except ZeroDivisionError:
        pass
    return x, r, before, sys.getrefcount(x)


def unbound():
    r = [v for v in range(2)]
    try:
        v
    except NameError as e:
        return r, str(e)


print(shadow())
print(unbound())
x = "module"
print([x for x in "ab"], x, [(last := i) for i in range(3)], last)
