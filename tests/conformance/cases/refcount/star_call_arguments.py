# f(*lst) and f(**d) pass the elements through a fresh tuple and dict
import sys
def count(*args, **kwargs):
    return sys.getrefcount(args[0]), sys.getrefcount(kwargs["k"])
o = object()
lst = [o]
d = {"k": o}
print(count(*lst, **d))
print(sys.getrefcount(o))
