# calls with *args: an exact tuple is passed as is, a list becomes a tuple, mixed arguments a list
import gc
gc.collect()
c = gc.get_count
def f(a, b):
    return a
t = (1, 2)
l = [1, 2]
u = (2,)
a0 = c()[0]
f(*t)
a1 = c()[0]
f(*l)
a2 = c()[0]
f(1, *u)
a3 = c()[0]
print(a1 - a0, a2 - a1, a3 - a2)
for i in range(2000):
    f(*l)
    f(1, *u)
print(c())
