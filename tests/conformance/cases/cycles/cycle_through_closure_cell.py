# a function whose closure cell holds the function itself
import gc
gc.collect()
gc.disable()
def make():
    box = []
    def f():
        return box
    box.append(f)
    return f
g = make()
del g
print(gc.collect())
