# a lambda default holds its value; calling it adds a frame reference for the duration
import sys
o = object()
base = sys.getrefcount(o)
f = lambda x=o: sys.getrefcount(x)
print(sys.getrefcount(o) - base)
print(f() - base)
