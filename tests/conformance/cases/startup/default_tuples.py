# functions whose defaults fold into constant tuples
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
def f0(a=0, b=1, c='x'):
    return a
def f1(a=1, b=2, c='x'):
    return a
def f2(a=2, b=3, c='x'):
    return a
def f3(a=3, b=4, c='x'):
    return a
def f4(a=4, b=5, c='x'):
    return a
def f5(a=5, b=6, c='x'):
    return a
