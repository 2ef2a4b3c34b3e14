# a returned object is held only by the caller's name once the callee's frame is gone
import sys
def make():
    x = object()
    y = x
    return x
r = make()
print(sys.getrefcount(r))
