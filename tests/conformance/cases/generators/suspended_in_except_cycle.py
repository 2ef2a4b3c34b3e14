# gen_traverse visits the exception a suspended generator handles: a cycle through it is collectable
import gc
gc.disable()
class Big:
    def __del__(self):
        print("Big freed")
def cyclic():
    b = Big()
    try:
        raise ValueError("y")
    except ValueError:
        me = yield 1
        yield 2
g = cyclic()
next(g)
g.send(g)
del g
print("collected", gc.collect())
print("end")
