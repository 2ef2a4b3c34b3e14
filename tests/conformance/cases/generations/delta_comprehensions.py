# comprehensions: own function and frame through 3.11, inlined from 3.12
import gc
gc.collect()
c = gc.get_count
t = (1, 2, 3)
a0 = c()[0]
x = [i for i in t]
a1 = c()[0]
y = {i: i for i in t}
a2 = c()[0]
z = {i for i in t}
a3 = c()[0]
print(a1 - a0, a2 - a1, a3 - a2)
for k in range(600):
    x = [[i] for i in t]
    if k % 200 == 0:
        print(k, c())
print(gc.collect(), c())
