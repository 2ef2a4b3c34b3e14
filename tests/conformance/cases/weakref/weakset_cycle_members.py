# WeakSet members that die in a collection disappear from the set
import gc, weakref
gc.collect()
gc.disable()
class M:
    pass
s = weakref.WeakSet()
a, b = M(), M()
a.o, b.o = b, a
s.add(a)
s.add(b)
del a, b
print(len(s))
gc.collect()
print(len(s))
