# a suspended generator resumed from __del__ and closed by a weakref callback, then freed
import sys
import weakref
def counter(name):
    try:
        n = 0
        while True:
            n += 1
            yield n
    finally:
        print("finally", name, n)
gen = counter("a")
print(next(gen), sys.getrefcount(gen))
class Resumer:
    def __del__(self):
        print("__del__ resumes", next(gen), next(gen))
r = Resumer()
del r
class Target:
    pass
t = Target()
other = counter("b")
next(other)
wr = weakref.ref(t, lambda ref: print("callback", next(other), other.close()))
del t
print("closed", other.gi_frame is None, sys.getrefcount(gen))
del gen, other
print("end")
