# getrefcount of a local inside a function, and after binding a second local
import sys
def f():
    a = []
    print(sys.getrefcount(a))
    b = a
    print(sys.getrefcount(a))
    del b
    print(sys.getrefcount(a))
f()
