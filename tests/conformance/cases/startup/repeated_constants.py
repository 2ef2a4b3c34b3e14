# the same constants in several functions share one object (merge_consts)
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
def f0():
    return 1.5, 'shared', (1, 2)
def f1():
    return 1.5, 'shared', (1, 2)
def f2():
    return 1.5, 'shared', (1, 2)
def f3():
    return 1.5, 'shared', (1, 2)
def f4():
    return 1.5, 'shared', (1, 2)
def f5():
    return 1.5, 'shared', (1, 2)
