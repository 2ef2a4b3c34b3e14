# builtins, sys and gc objects are also held by what start-up made (len=len defaults, m_copy dicts)
import sys
import gc
r = sys.getrefcount
print(r(len), r(print), r(getattr), r(isinstance), r(sorted), r(iter), r(next), r(repr))
print(r(sys.getrefcount), r(sys.exit), r(sys.getsizeof), r(sys.intern), r(sys._getframe))
print(r(gc.collect), r(gc.get_count), r(gc.garbage), r(gc.callbacks), r(gc.is_tracked))
print(r(sys), r(__builtins__), r(int), r(ValueError), r(KeyError), r(dict), r(object) > 100)
def f():
    pass
print(r(__builtins__.__dict__) - r(vars()["__builtins__"].__dict__))
