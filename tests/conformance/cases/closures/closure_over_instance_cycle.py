# an instance holding a closure that captures the instance is a cycle
import gc
gc.collect()
gc.disable()
class C:
    def __del__(self):
        print("C freed")
def make():
    c = C()
    c.cb = lambda: c
    return c
x = make()
del x
print("deleted")
print(gc.collect())
