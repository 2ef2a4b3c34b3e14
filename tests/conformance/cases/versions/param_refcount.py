# getrefcount of a parameter: 3.11+ frames own their arguments differently from 3.8-3.10
import sys
def f(x):
    return sys.getrefcount(x)
def g(x):
    y = x
    return sys.getrefcount(x)
o = object()
print(f(o), g(o), sys.getrefcount(o))
