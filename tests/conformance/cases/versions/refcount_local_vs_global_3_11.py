# getrefcount of a fresh object in a function local: the same on every version
import sys
def f():
    x = []
    return sys.getrefcount(x)
print(f())
y = []
print(sys.getrefcount(y))
