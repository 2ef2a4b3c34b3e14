# ten ints outside the small-int cache: own keys, no tuples
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
x = 1000000
x = 1000001
x = 1000002
x = 1000003
x = 1000004
x = 1000005
x = 1000006
x = 1000007
x = 1000008
x = 1000009
