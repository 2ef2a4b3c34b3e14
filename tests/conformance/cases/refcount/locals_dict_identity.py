# vars() in a function: through 3.12 the frame's own f_locals dict, the same object each call and
# refreshed (storing it in a local makes a cycle); 3.13 (PEP 667) a new snapshot per call.
import gc
import sys


def f():
    a = [1]
    l1 = vars()
    l2 = vars()
    print(l1 is l2, sorted(l1), sorted(l2), sys.getrefcount(l1), sys.getrefcount(a))
    b = 2
    del a
    l3 = vars()
    print(l3 is l1, sorted(l1), "b" in l1, sorted(l3))
    return l1


d = f()
print(sorted(d), sys.getrefcount(d))
del d
print(gc.collect())
fr = sys._getframe()
print("fr" in fr.f_locals, "gc" in fr.f_locals)
