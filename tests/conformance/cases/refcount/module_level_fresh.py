# getrefcount of a fresh object bound to one module-level name (the argument adds one)
import sys
x = object()
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
