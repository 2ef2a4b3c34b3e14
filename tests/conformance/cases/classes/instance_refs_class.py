# every instance holds a reference to its class
import sys
class C:
    pass
base = sys.getrefcount(C)
objs = [C() for i in range(5)]
print(sys.getrefcount(C) - base)
del objs
print(sys.getrefcount(C) - base)
