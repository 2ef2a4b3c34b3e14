# calls with **kwargs: the dict (3.8: passed as is), the keyword names tuple for the callee
import gc
gc.collect()
c = gc.get_count
def f(a, b):
    return b
class A:
    def m(self, v):
        return v
d = {'a': 1, 'b': 2}
e = {'v': 3}
o = A()
a0 = c()[0]
f(**d)
a1 = c()[0]
o.m(**e)
a2 = c()[0]
print(a1 - a0, a2 - a1)
for i in range(1500):
    f(**d)
    o.m(**e)
print(c())
