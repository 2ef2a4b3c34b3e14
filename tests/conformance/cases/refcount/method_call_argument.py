# an argument passed to a method is referenced by the callee while it runs
import sys
class C:
    def probe(self, x):
        return sys.getrefcount(x)
    def probe_kw(self, *, x):
        return sys.getrefcount(x)
o = object()
c = C()
print(c.probe(o), c.probe_kw(x=o), sys.getrefcount(o))
