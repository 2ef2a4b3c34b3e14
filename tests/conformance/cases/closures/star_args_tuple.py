# *args packs the arguments into a new tuple for each call
import sys
def f(*args):
    return args
o = object()
a = f(o, o)
b = f(o, o)
print(a is b, len(a), sys.getrefcount(o))
