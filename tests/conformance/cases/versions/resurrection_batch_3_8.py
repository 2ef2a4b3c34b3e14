# 3.8 keeps the whole unreachable batch alive if one object resurrects; weakrefs are cleared anyway
import gc, weakref
gc.collect()
gc.disable()
saved = []
class R:
    def __del__(self):
        saved.append(self)
class Other:
    pass
r = R()
r.me = r
o = Other()
o.me = o
w = weakref.ref(o)
del r, o
print(gc.collect())
print(w() is None, len(saved))
