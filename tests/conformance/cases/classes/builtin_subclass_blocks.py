# sys.getallocatedblocks() per new subclass instance: a str subclass's characters are a block of their own
import sys, gc
class St(str): pass
class L(list): pass
class D(dict): pass
class I(int): pass
class T(tuple): pass
gc.collect()
keep = []
for mk in (lambda: St("abc"), lambda: L([1, 2]), lambda: D(a=1), lambda: I(10 ** 5), lambda: St(""),
           lambda: T((1, 2)), lambda: St("\u20ac\u20ac")):
    b0 = sys.getallocatedblocks()
    keep.append(mk())
    print(sys.getallocatedblocks() - b0, end=" ")
print()
del keep
b0 = sys.getallocatedblocks()
x = St("xyz")
del x
print(sys.getallocatedblocks() - b0)
