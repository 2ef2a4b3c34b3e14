# what start-up made sits where its collections promoted it (gen 1; 3.11: gen 2); new objects in gen 0
import gc
import sys
def gen(o):
    return [i for i in range(3) if any(x is o for x in gc.get_objects(i))]
print(gen(globals()), gen(sys.__dict__), gen(__builtins__.__dict__), gen(gc.__dict__))
class B:
    pass
t = (B,)
print([type(r).__name__ for r in gc.get_referrers(B)][-1])   # young generations are searched first
gc.collect(0)
print(gen(t), gen(globals()))
gc.collect(1)
print(gen(t), gen(globals()), gen(sys.__dict__))
gc.collect()
print(gen(t), gen(globals()), gen(sys.__dict__))
