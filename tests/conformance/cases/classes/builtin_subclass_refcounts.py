# sys.getrefcount and GC tracking of builtin subclass instances (all tracked: heap types are GC types)
import gc, sys
class L(list): pass
class D(dict): pass
class T(tuple): pass
class St(str): pass
class I(int): pass
class Fl(float): pass
item = [0]
l, d, t = L([item, item]), D(k=item), T((item,))
s, i, f = St("text"), I(10 ** 6), Fl(2.5)
print(sys.getrefcount(item), sys.getrefcount(l), sys.getrefcount(L), sys.getrefcount(T))
print([gc.is_tracked(o) for o in (l, d, t, s, i, f)])
print(gc.is_tracked(T((1, 2))), gc.is_tracked(D()), gc.is_tracked(St("")))
gc.collect()
print(gc.is_tracked(T((1, 2))), gc.is_tracked(t), gc.is_tracked(D(a=1)))
del l, d
print(sys.getrefcount(item), sys.getrefcount(L))
