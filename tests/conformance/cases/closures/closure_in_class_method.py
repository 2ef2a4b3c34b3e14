# a method closes over its function's local; deleting the class keeps it (classes die in a collection)
import sys
def make_class(tag):
    class K:
        def label(self):
            return tag
    return K
o = object()
base = sys.getrefcount(o)
K = make_class(o)
print(K().label() is o, sys.getrefcount(o) - base)
del K
print(sys.getrefcount(o) - base)
