# list comprehensions: own code objects through 3.11, inlined from 3.12
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
y0 = [k * 0 for k in range(3)]
y1 = [k * 1 for k in range(3)]
y2 = [k * 2 for k in range(3)]
y3 = [k * 3 for k in range(3)]
y4 = [k * 4 for k in range(3)]
y5 = [k * 5 for k in range(3)]
y6 = [k * 6 for k in range(3)]
y7 = [k * 7 for k in range(3)]
