# sys.getallocatedblocks deltas while a program builds and frees lists, dicts and instances
import gc
gc.collect()
import sys


class Record:
    def __init__(self, i):
        self.i = i
        self.tags = [i]


def delta(before):
    return sys.getallocatedblocks() - before


gc.disable()
start = sys.getallocatedblocks()
records = [Record(i) for i in range(100)]
print("100 records alive:", delta(start) > 100)
mid = sys.getallocatedblocks()
del records
print("freed:", delta(mid) < 0, abs(delta(start)) < 20)
base = sys.getallocatedblocks()
d = {}
for i in range(50):
    d[i] = [i] * 3
print("dict of 50 lists:", delta(base) >= 50)
d.clear()
print("cleared:", delta(base) < 10)
base = sys.getallocatedblocks()
x = [None] * 1000
print("one big list:", delta(base))
del x
print("gone:", delta(base))
gc.enable()
print(gc.collect())
