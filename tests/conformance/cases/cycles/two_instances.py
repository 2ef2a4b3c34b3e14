# two instances referring to each other: the instances and their dicts are unreachable
import gc
gc.collect()
gc.disable()
class Node:
    pass
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print(gc.collect())
