# A 20-line program for the start-up latency benchmark (`heapglass run` from process start to exit).
import gc
import sys


class Box:
    def __init__(self, value):
        self.value = value
        self.peer = None


a = Box([1, 2, 3])
b = Box({"k": "v"})
a.peer = b
b.peer = a
print(sys.getrefcount(a), sys.getrefcount(a.value))
del a, b
print(gc.collect())
squares = [x * x for x in range(10)]
print(len(squares), squares[-1])
