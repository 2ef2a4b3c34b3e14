# getrefcount counts the argument's own reference; immortal and cached objects report the version's value
import sys
class C:
    pass
c = C()
print(sys.getrefcount(c))
d = c
print(sys.getrefcount(c))
del d
lst = [c, c]
print(sys.getrefcount(c))
def f(arg):
    return sys.getrefcount(arg)
print(f(c))
print(sys.getrefcount(None) > 1000, sys.getrefcount(True) > 10)
