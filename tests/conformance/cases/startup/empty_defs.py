# ten empty functions: equal co_consts tuples are merged into one
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
def f0():
    pass
def f1():
    pass
def f2():
    pass
def f3():
    pass
def f4():
    pass
def f5():
    pass
def f6():
    pass
def f7():
    pass
def f8():
    pass
def f9():
    pass
