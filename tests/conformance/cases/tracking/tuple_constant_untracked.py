# is a constant tuple folded by the compiler GC-tracked? only 3.12 says no
import gc
t = (1, 2, 3)
print(gc.is_tracked(t))
def f():
    return ("a", "b")
print(gc.is_tracked(f()))
