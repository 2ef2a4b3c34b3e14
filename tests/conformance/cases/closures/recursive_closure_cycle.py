# a nested function that refers to itself through its cell forms a cycle
import gc
gc.collect()
gc.disable()
def outer():
    def rec(n):
        return rec(n - 1) if n else 0
    return rec
r = outer()
print(r(3))
del r
print(gc.collect())
