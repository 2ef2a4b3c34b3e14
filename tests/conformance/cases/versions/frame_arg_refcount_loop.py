# in a loop calling f(x), 3.11+ frames own arguments without an extra caller stack reference
import sys
def f(x):
    return sys.getrefcount(x)
o = object()
print([f(o) for i in range(2)])
print(f(o) - sys.getrefcount(o))
