# decorated functions and classes: the decorator call and what it keeps
import gc
gc.collect()
c = gc.get_count
def deco(obj):
    return obj
a0 = c()[0]
@deco
def f():
    pass
a1 = c()[0]
@deco
class K:
    pass
a2 = c()[0]
print(a1 - a0, a2 - a1)
for i in range(300):
    @deco
    def g(v=[i]):
        return v
print(g()[0], c())
