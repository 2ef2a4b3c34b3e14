# storing a bound method on its own instance creates a cycle the collector breaks
import gc
gc.collect()
gc.disable()
class C:
    def __del__(self):
        print("C freed")
    def m(self):
        pass
c = C()
c.handler = c.m
del c
print("after del")
print(gc.collect() > 0)
