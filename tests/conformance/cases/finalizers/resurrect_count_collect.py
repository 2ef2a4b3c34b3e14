# collect() counts a resurrected cycle in 3.8 differently from 3.9+
import gc
gc.collect()
gc.disable()
saved = []
class R:
    def __del__(self):
        saved.append(self)
class Plain:
    pass
r = R()
p = Plain()
r.p, p.r = p, r
q = Plain()
q.me = q
del r, p, q
print(gc.collect())
print(len(saved), gc.collect())
