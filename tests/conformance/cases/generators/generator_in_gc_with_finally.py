# a generator in an unreachable cycle is finalized by the collector (finally runs), then freed
import gc
gc.collect()
gc.disable()
class Holder:
    pass
def gen(h):
    try:
        yield 1
    finally:
        print("finally in collected generator")
h = Holder()
h.g = gen(h)
next(h.g)
del h
print("collecting")
print(gc.collect())
