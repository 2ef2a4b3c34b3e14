# sys.getallocatedblocks deltas around making and freeing 100 floats (free lists keep some blocks)
import sys
keep = []
before = sys.getallocatedblocks()
for i in range(100):
    keep.append(float(i) + 0.5)
mid = sys.getallocatedblocks()
del keep
after = sys.getallocatedblocks()
print(mid - before, after - mid)
