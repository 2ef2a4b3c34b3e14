# a WeakValueDictionary value in a cycle disappears only after collection
import gc, weakref
gc.collect()
gc.disable()
class V:
    pass
d = weakref.WeakValueDictionary()
v = V()
v.me = v
d[1] = v
del v
print(len(d))
gc.collect()
print(len(d))
