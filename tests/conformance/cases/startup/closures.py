# functions making closures: cell and free variable tuples
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
def outer0(n):
    k = n + 0
    def inner(m):
        return k + m
    return inner
def outer1(n):
    k = n + 1
    def inner(m):
        return k + m
    return inner
def outer2(n):
    k = n + 2
    def inner(m):
        return k + m
    return inner
def outer3(n):
    k = n + 3
    def inner(m):
        return k + m
    return inner
