# a tuple is part of a cycle through a list
import gc
gc.collect()
gc.disable()
lst = []
t = (lst, 1)
lst.append(t)
del lst, t
print(gc.collect())
