# A cycle a->b->c->a of instances with __del__, plus a plain 2-cycle: __del__ order and collect() results.
import gc

gc.disable()
log = []
class A:
    def __init__(self, n): self.n = n
    def __del__(self): log.append(self.n)
gc.collect()
a, b, c = A("a"), A("b"), A("c")
c.x = b; b.x = a; a.x = c          # links created "backwards"
del a, b, c
print("collected", gc.collect(), "order", log)
p, q = [], []
p.append(q); q.append(p)
del p, q
print("lists", gc.collect())
class B: pass
x = B(); x.self = x
del x
print("instance self-cycle", gc.collect())
