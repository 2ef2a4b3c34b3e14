# collect(1) zeroes generations 0 and 1 and adds one to generation 2's counter
import gc
gc.collect()
x = [[] for i in range(3)]
gc.collect(0)
gc.collect(1)
print(gc.get_count())
