# start-up's gc state at the first statement of a program without nested code (no def, class, lambda or comprehension)
import gc
print(gc.get_count())
x = 1
print(x + 1)
