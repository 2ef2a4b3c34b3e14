# a = b = c = obj binds three names, three references
import sys
o = object()
base = sys.getrefcount(o)
a = b = c = o
print(sys.getrefcount(o) - base)
a = None
print(sys.getrefcount(o) - base)
del b, c
print(sys.getrefcount(o) - base)
