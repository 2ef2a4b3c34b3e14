# three levels of nested functions
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
def a(x):
    def b(y):
        def c(z):
            return x + y + z
        return c
    return b
def d(x):
    def e(y):
        def f(z):
            return x * y * z
        return f
    return e
