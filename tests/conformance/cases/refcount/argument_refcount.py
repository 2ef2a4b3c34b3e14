# getrefcount of a parameter: the caller's name, the callee's frame and the getrefcount argument
import sys
def show(p):
    return sys.getrefcount(p)
obj = object()
print(show(obj))
print(show([]))
print(sys.getrefcount(obj))
