# a generator resumed and closed by a finalizer that gc.collect() runs on a cycle
import gc
gc.collect()
gc.disable()
def source():
    try:
        yield "x"
        yield "y"
    finally:
        print("source closed")
g = source()
print(next(g))
class Node:
    def __del__(self):
        print("__del__ resumes:", next(g, "nothing left"))
        g.close()
        print("in __del__", g.gi_frame)
a = Node()
b = Node()
a.other, b.other = b, a
del a, b
print("collected", gc.collect())
print(list(g))
