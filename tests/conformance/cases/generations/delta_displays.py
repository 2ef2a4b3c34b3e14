# list, dict, set and tuple displays and slices: each display's gen-0 cost
import gc
gc.collect()
c = gc.get_count
y = 1
t = [1, 2, 3]
a0 = c()[0]
x = [1, 2]
a1 = c()[0]
x = {'a': 1}
a2 = c()[0]
x = {1, 2}
a3 = c()[0]
x = (y, y)
a4 = c()[0]
x = t[1:]
a5 = c()[0]
print(a1 - a0, a2 - a1, a3 - a2, a4 - a3, a5 - a4)
for i in range(1000):
    x = [i, t[1:], {i: i}]
print(c())
