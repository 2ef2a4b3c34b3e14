# a method using zero-argument super() creates a __class__ cell: the class needs the collector to die
import gc, weakref
gc.collect()
gc.disable()
class Base:
    def hello(self):
        return "base"
class Child(Base):
    def hello(self):
        return "child+" + super().hello()
print(Child().hello())
r = weakref.ref(Child)
del Child
print(r() is not None, gc.collect() > 0, r())
