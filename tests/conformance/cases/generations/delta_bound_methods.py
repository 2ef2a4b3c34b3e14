# method calls (no bound method), a bound method kept, and a *-call through a bound method
import gc
gc.collect()
c = gc.get_count
class A:
    def m(self, v=0):
        return v
a = A()
t = (1,)
a0 = c()[0]
a.m()
a1 = c()[0]
bm = a.m
a2 = c()[0]
a.m(*t)
a3 = c()[0]
print(a1 - a0, a2 - a1, a3 - a2)
for i in range(1200):
    a.m(*t)
    bm(i)
print(c())
