"""heapglass demo: reference counts, a cycle collected with its __del__, a weakref callback and the
small-int cache. `heapglass run --python 3.X examples/demo.py` prints what `python3.X` prints."""
import gc
import sys
import weakref

gc.collect()    # start clean: the real 3.9 and 3.13 leave some start-up cycles for the first collection
gc.disable()

# 1. A reference count: the name and the argument of getrefcount.
payload = object()
print("refcount of a fresh object:", sys.getrefcount(payload))
holder = [payload, payload]
print("after two more references from a list:", sys.getrefcount(payload))
del holder


# 2. A cycle that only the collector can free; its __del__ runs during the collection.
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("  __del__", self.name)


a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("collecting the a <-> b cycle")
found = gc.collect()
# 3.8-3.10 count each instance and its __dict__ (4); 3.11+ keep the attributes inline (2).
print("gc.collect() found", found, "unreachable objects")


# 3. A weakref callback runs when its referent dies.
def gone(ref):
    print("  weakref callback: referent gone, ref() is", ref())


target = Node("target")
r = weakref.ref(target, gone)
print("weakref alive:", r() is target)
del target
print("after del, ref():", r())

# 4. The small-int cache: -5..256 are shared objects, bigger ints are not.
x = 256
y = int("256")
print("256 is 256:", x is y)
x = 257
y = int("257")
print("257 is 257:", x is y)
