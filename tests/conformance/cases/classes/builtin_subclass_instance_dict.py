# the __dict__ of a builtin subclass instance: made on first store or read, shared-keys (split) or plain per version
import gc, sys
class L(list): pass
class I(int): pass
class St(str): pass
gc.collect()
a = L()
c0 = gc.get_count()[0]
a.x = 1
c1 = gc.get_count()[0]
print(c1 - c0, sys.getsizeof(a.__dict__), gc.is_tracked(a.__dict__), sys.getsizeof(a))
a.y = 2; a.z = 3
print(sys.getsizeof(a.__dict__), list(a.__dict__))
b = L()
print(sys.getsizeof(b.__dict__), gc.is_tracked(b.__dict__), vars(b))
i = I(1000); i.q = 1
print(sys.getsizeof(i.__dict__), sys.getsizeof(i))
s = St("a"); s.q = [1]
print(sys.getsizeof(s.__dict__), gc.is_tracked(s.__dict__))
del a.x
print(a.__dict__, getattr(a, "x", None), hasattr(b, "append"))
