# Probe: weakref/proxy reprs (addresses blanked), dead-proxy and call-arity errors across versions.
import weakref, re
def a(s): return re.sub(r"0x[0-9a-f]+", "0x?", s)
class C: pass
def f(): pass
c = C()
r = weakref.ref(c); print(a(repr(r)))
print(a(repr(weakref.ref(f))))
print(a(repr(weakref.ref(C))))
print(a(repr(weakref.proxy(c))), a(str(weakref.proxy(c))))
p = weakref.proxy(c); del c; print(a(repr(r)), a(repr(p)))
try: hash(p)
except Exception as e: print(type(e).__name__, e)
try: p.x
except Exception as e: print(type(e).__name__, e)
try: r(1)
except Exception as e: print(type(e).__name__, e)
try: hash(r)
except Exception as e: print(type(e).__name__, e)
c2 = C(); r2 = weakref.ref(c2); h = hash(r2); del c2; print(hash(r2) == h)
p2 = weakref.proxy(f); print(p2 == f, bool(weakref.proxy(C())) if False else "", type(p2).__name__)
class N:
    def __init__(self): self.l=[1,2]
    def __len__(self): return 2
    def __iter__(self): return iter(self.l)
    def __getitem__(self, i): return self.l[i]
    def __lt__(self, o): return True
n = N(); pn = weakref.proxy(n)
print(len(pn), list(pn), pn[0], pn < 1, 1 in pn, bool(pn))
pn.z = 3; print(n.z); del pn.z; print(hasattr(n, "z"))
