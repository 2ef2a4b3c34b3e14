# unpacking, starred unpacking, augmented assignment and del: what each statement allocates
import gc
gc.collect()
c = gc.get_count
t = (1, 2, 3)
a0 = c()[0]
p, q, r = t
a1 = c()[0]
p, *q = t
a2 = c()[0]
q += [4]
a3 = c()[0]
del q
a4 = c()[0]
print(a1 - a0, a2 - a1, a3 - a2, a4 - a3)
for i in range(800):
    p, *q = t
print(c())
