# start-up's gc state at the first statement of a tiny program (no collection while compiling)
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
x = 1
y = x + 1
