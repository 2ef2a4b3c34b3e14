# print() on 3.11+ packs its positional arguments into a tuple (Argument Clinic's varargs), one item
# per argument: after a full collection each new tuple size costs one GC allocation.
import gc

c = gc.get_count
x = "a"
gc.collect()
a0 = c()[0]; print(x); a1 = c()[0]
b0 = c()[0]; print(x, x); b1 = c()[0]
d0 = c()[0]; print(x, x, True); d1 = c()[0]
e0 = c()[0]; print(); e1 = c()[0]
f0 = c()[0]; print(x, 1, 2, 3); f1 = c()[0]
print(a1 - a0, b1 - b0, d1 - d0, e1 - e0, f1 - f0)
