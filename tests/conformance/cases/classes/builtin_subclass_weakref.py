# list/dict/set/str/float subclass instances are weakref-able; tuple/int/bytes subclasses are not
import gc, weakref
class L(list): pass
class D(dict): pass
class St(str): pass
class T(tuple): pass
class I(int): pass
class B(bytes): pass
def cb(r):
    print("callback", r() is None)
l, d, s = L([1]), D(), St("abc")
refs = [weakref.ref(l, cb), weakref.ref(d), weakref.ref(s)]
print([r() is o for r, o in zip(refs, (l, d, s))], weakref.getweakrefcount(l))
del l
print(refs[0]() is None)
for o in (T((1,)), I(1), B(b"x")):
    try:
        weakref.ref(o)
    except TypeError:
        print("no weakref:", type(o).__name__)
d["self"] = d
del d
print(refs[1]() is None, gc.collect(), refs[1]() is None)
