# the subject stays on the value stack through a case's pattern and guard, unless it is the last case
import sys
class Thing:
    pass
t = Thing()
def rc():
    return sys.getrefcount(t)
base = rc()
match t:
    case Thing() if print("guard, not last", rc() - base):
        pass
    case Thing() as a if print("guard, last, captured", rc() - base) or True:
        print("body", rc() - base)
del a
match t:
    case int():
        pass
    case _ if print("default guard", rc() - base) or True:
        print("default body", rc() - base)
match [t, t]:
    case [x, *rest] if print("sequence guard", rc() - base) or True:
        print("sequence body", rc() - base)
del x, rest
print("after", rc() - base)
