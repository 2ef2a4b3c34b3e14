# after freeze, generation counts restart from zero
import gc
gc.collect()
gc.freeze()
x = [[] for i in range(3)]
print(gc.get_count()[0] >= 4)
gc.collect(0)
print(gc.get_count())
gc.unfreeze()
