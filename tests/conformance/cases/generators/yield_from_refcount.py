# a generator delegating with yield from holds the subgenerator
import sys
def sub():
    yield 1
    yield 2
def outer(s):
    yield from s
s = sub()
base = sys.getrefcount(s)
o = outer(s)
next(o)
print(sys.getrefcount(s) - base)
