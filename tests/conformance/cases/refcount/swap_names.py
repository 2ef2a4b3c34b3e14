# swapping names with a tuple assignment does not change counts
import sys
a, b = object(), object()
ra, rb = sys.getrefcount(a), sys.getrefcount(b)
a, b = b, a
print(sys.getrefcount(a) - rb, sys.getrefcount(b) - ra)
a, b = b, a
print(sys.getrefcount(a) - ra, sys.getrefcount(b) - rb)
