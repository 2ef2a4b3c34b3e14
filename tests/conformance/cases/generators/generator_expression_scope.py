# a generator expression captures its first iterable eagerly
import sys
data = [1, 2, 3]
g = (x * 2 for x in data)
data = [9]
print(list(g))
o = object()
g2 = (o for i in range(2))
print(sys.getrefcount(o) > 2, len(list(g2)))
