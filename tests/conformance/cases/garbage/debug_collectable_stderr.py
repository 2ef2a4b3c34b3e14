# DEBUG_COLLECTABLE prints one "gc: collectable <type address>" line per freed object
import gc
gc.collect()
gc.disable()
class Node:
    pass
n = Node()
n.me = n
del n
gc.set_debug(gc.DEBUG_COLLECTABLE)
print(gc.collect())
gc.set_debug(0)
