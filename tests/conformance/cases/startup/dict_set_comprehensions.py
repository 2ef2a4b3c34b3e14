# dict and set comprehensions
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
d0 = {k: k + 0 for k in range(3)}
s0 = {k - 0 for k in range(3)}
d1 = {k: k + 1 for k in range(3)}
s1 = {k - 1 for k in range(3)}
d2 = {k: k + 2 for k in range(3)}
s2 = {k - 2 for k in range(3)}
d3 = {k: k + 3 for k in range(3)}
s3 = {k - 3 for k in range(3)}
d4 = {k: k + 4 for k in range(3)}
s4 = {k - 4 for k in range(3)}
