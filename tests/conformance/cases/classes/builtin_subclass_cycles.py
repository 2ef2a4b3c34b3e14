# cycles through list/dict/tuple/int subclass instances are collected, with the collect() counts
import gc
class L(list): pass
class D(dict): pass
class T(tuple): pass
class I(int): pass
gc.collect()
a = L(); a.append(a)
del a
print(gc.collect())
b = D(); b["me"] = b; b.attr = [b]
del b
print(gc.collect())
holder = []
t = T((holder,)); holder.append(t)
del t, holder
print(gc.collect())
n = I(5); n.me = n
del n
print(gc.collect())
x, y = L(), D()
x.append(y); y["x"] = x; x.own = x
del x, y
print(gc.collect(), gc.get_count())
