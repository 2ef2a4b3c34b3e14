# generator expressions keep their own code objects on every version
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
g0 = sum(k + 0 for k in range(3))
g1 = sum(k + 1 for k in range(3))
g2 = sum(k + 2 for k in range(3))
g3 = sum(k + 3 for k in range(3))
g4 = sum(k + 4 for k in range(3))
g5 = sum(k + 5 for k in range(3))
g6 = sum(k + 6 for k in range(3))
g7 = sum(k + 7 for k in range(3))
