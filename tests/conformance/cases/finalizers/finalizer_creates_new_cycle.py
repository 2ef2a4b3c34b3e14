# a __del__ that builds a new cycle during collection leaves garbage for the next collection
import gc
gc.collect()
gc.disable()
class D:
    def __del__(self):
        x = []
        x.append(x)
        print("made a new cycle")
d = D()
d.me = d
del d
print(gc.collect())
print(gc.collect())
