# a weakref.ref subclass can carry extra attributes and still calls its callback
import weakref
class TaggedRef(weakref.ref):
    pass
class C:
    pass
c = C()
r = TaggedRef(c, lambda wr: print("callback for", wr.tag))
r.tag = "tagged"
print(r() is c, isinstance(r, weakref.ref))
del c
print(r())
