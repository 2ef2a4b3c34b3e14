# a WeakKeyDictionary entry whose key is in a cycle goes away at the next collection
import gc, weakref
gc.collect()
gc.disable()
class K:
    pass
d = weakref.WeakKeyDictionary()
k = K()
k.me = k
d[k] = "value"
del k
print(len(d))
print(gc.collect())
print(len(d))
