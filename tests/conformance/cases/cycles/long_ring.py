# a ring of ten lists, each holding the next
import gc
gc.collect()
gc.disable()
first = prev = []
for i in range(9):
    cur = [prev]
    prev = cur
first.append(prev)
del first, prev, cur
print(gc.collect())
