# collect(0) empties generation 0 and adds one to generation 1's counter
import gc
gc.collect()
x = [[] for i in range(5)]
gc.collect(0)
print(gc.get_count()[1:])
gc.collect(0)
print(gc.get_count()[1:])
gc.collect(1)
print(gc.get_count()[1:])
