# an object that resurrects itself from a cycle survives the collection
import gc
gc.collect()
gc.disable()
saved = []
class R:
    def __del__(self):
        saved.append(self)
r = R()
r.me = r
del r
print(gc.collect())
print(len(saved), saved[0].me is saved[0])
