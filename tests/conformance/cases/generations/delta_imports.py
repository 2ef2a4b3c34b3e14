# import of already-imported gc and sys: the import statement's own cost
import gc
import sys
gc.collect()
c = gc.get_count
a0 = c()[0]
import gc
a1 = c()[0]
import gc as g2
a2 = c()[0]
print(a1 - a0, a2 - a1, g2 is gc)
for i in range(500):
    import gc
print(c())
