# a tour of sys.getrefcount: names, containers, arguments, attributes and temporaries
import gc
gc.collect()
import sys


class Box:
    pass


obj = Box()
base = sys.getrefcount(obj)
print("base", base)
alias = obj
print("alias", sys.getrefcount(obj) - base)
items = [obj, obj, obj]
print("list of 3", sys.getrefcount(obj) - base)
mapping = {"k": obj, obj: "v"}
print("dict key+value", sys.getrefcount(obj) - base)
holder = Box()
holder.attr = obj
print("attribute", sys.getrefcount(obj) - base)
pair = (obj, [obj])
print("tuple and nested list", sys.getrefcount(obj) - base)


def inside(a, b=None):
    return sys.getrefcount(obj) - base


print("inside a call with it as argument", inside(obj), inside(obj, obj))
del alias
items.clear()
mapping.clear()
del holder.attr
del pair
print("after cleanup", sys.getrefcount(obj) - base)
s = set()
s.add(obj)
s.add(obj)
print("set holds once", sys.getrefcount(obj) - base)
s.discard(obj)
gen = (x for x in [obj])
print("generator over a list", sys.getrefcount(obj) - base)
next(gen)
print("after next", sys.getrefcount(obj) - base)
del gen
print("gen gone", sys.getrefcount(obj) - base)
print("class refs changed:", sys.getrefcount(Box) > 2, sys.getrefcount(Box.__dict__) >= 1)
big = 10 ** 30
print("big int", sys.getrefcount(big), "float", sys.getrefcount(2.5 * 3))
print(gc.collect())
