# ten lambdas: a code object each
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
f0 = lambda a: a + 0
f1 = lambda a: a + 1
f2 = lambda a: a + 2
f3 = lambda a: a + 3
f4 = lambda a: a + 4
f5 = lambda a: a + 5
f6 = lambda a: a + 6
f7 = lambda a: a + 7
f8 = lambda a: a + 8
f9 = lambda a: a + 9
