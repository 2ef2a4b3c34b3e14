# sys.modules is the dict import reads and fills: identity, membership, del then re-import, stored objects
import sys, gc
m = sys.modules
print(type(m).__name__, m['gc'] is gc, 'sys' in m, 'builtins' in m, '__main__' in m, 'nope' in m)
print(m['__main__'].__name__, m['sys'] is sys, gc.is_tracked(m), gc.is_tracked(sys.__dict__))
print(sys.getrefcount(m), sys.getrefcount(sys.modules))
del m['gc']
print('gc' in m)
import gc as gc2
print(gc2 is gc, m['gc'] is gc2)
class Box:
    pass
b = Box()
m['box'] = b
print(sys.getrefcount(b))
import box
print(box is b, sys.getrefcount(b))
del m['box'], box
print(sys.getrefcount(b), 'box' in m)
m['fake'] = None
try:
    import fake
except ImportError as e:
    print(type(e).__name__, e)
del m['fake']
try:
    import fake
except ImportError as e:
    print(type(e).__name__, e)
