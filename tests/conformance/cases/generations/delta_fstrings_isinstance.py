# f-strings, isinstance and iteration over str, list, dict and range: gen-0 costs
import gc
gc.collect()
c = gc.get_count
x = 1; y = 'a'; t = [1, 2]; d = {1: 2}
a0 = c()[0]
s = f'{x}-{y}'
a1 = c()[0]
isinstance(x, int)
a2 = c()[0]
for ch in 'ab': pass
a3 = c()[0]
for k, v in d.items(): pass
a4 = c()[0]
for i in range(3): pass
a5 = c()[0]
print(a1 - a0, a2 - a1, a3 - a2, a4 - a3, a5 - a4)
