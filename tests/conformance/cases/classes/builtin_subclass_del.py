# __del__ on builtin subclass instances: on the last decref, in a cycle (collected), and resurrection
import gc
saved = []
class L(list):
    def __del__(self):
        print("del L", len(self))
class D(dict):
    def __del__(self):
        print("del D", sorted(self))
class I(int):
    def __del__(self):
        print("del I", int(self))
        saved.append(self)
gc.collect()
a = L([1, 2])
del a
b = D(x=1); b["me"] = b
del b
print(gc.collect())
c = I(300)
del c
print(len(saved), saved[0] + 1)
x = L(); y = L([x]); x.append(y)
del x, y
print(gc.collect())
