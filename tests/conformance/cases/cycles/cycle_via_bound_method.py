# an instance holding its own bound method forms a cycle (instance, dict, method)
import gc
gc.collect()
gc.disable()
class C:
    def m(self):
        pass
c = C()
c.cb = c.m
del c
print(gc.collect())
