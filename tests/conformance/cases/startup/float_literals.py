# ten float literals: each one's constant key tuple lives in the compiler's cache until it ends
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
x = 0.5
x = 1.5
x = 2.5
x = 3.5
x = 4.5
x = 5.5
x = 6.5
x = 7.5
x = 8.5
x = 9.5
