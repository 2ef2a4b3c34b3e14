# negative float literals are folded by the AST optimizer
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
x = -0.25
x = -1.25
x = -2.25
x = -3.25
x = -4.25
x = -5.25
x = -6.25
x = -7.25
