# a callback on an external weakref to cycle garbage runs before the objects are cleared
import gc, weakref
gc.collect()
gc.disable()
class C:
    pass
a = C()
b = C()
a.b, b.a = b, a
wa = weakref.ref(a, lambda wr: print("a died"))
wb = weakref.ref(b, lambda wr: print("b died"))
del a, b
print(gc.collect())
