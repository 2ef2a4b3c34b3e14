# weakref.ref: shared basic ref, __callback__, hash (cached, TypeError once dead), == rules, repr, names
import weakref
class C:
    pass
def f():
    pass
c = C()
r = weakref.ref(c)
print(r is weakref.ref(c), r is weakref.ref(c, None), r.__callback__)
cb = lambda wr: None
r2 = weakref.ref(c, cb)
print(r2.__callback__ is cb, r2 is r, r == r2, r != r2, hash(r) == hash(r2) == hash(c))
print(repr(r))
print(repr(weakref.ref(f)))
print(type(r).__name__, repr(type(r)), weakref.ReferenceType is weakref.ref)
print(r == 1, r != 1)
try:
    r(1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(c, x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref()
except TypeError as e:
    print("TypeError:", e)
c2 = C()
r3 = weakref.ref(c2)
h = hash(r3)
del c
print(repr(r), r(), r2.__callback__, r == r2)
del c2
print(hash(r3) == h)
try:
    hash(r)
except TypeError as e:
    print("TypeError:", e)
