# a tuple holding a list stays tracked after collections
import gc
lst = []
t = tuple([lst, 1])
gc.collect()
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(lst))
