# reading sys._getframe().f_locals snapshots the locals (3.13 returns a write-through proxy)
import sys
def f():
    x = object()
    before = sys.getrefcount(x)
    loc = sys._getframe().f_locals
    after = sys.getrefcount(x)
    return after - before, type(loc).__name__
print(f())
