# two lists freed then two made: the list free list hands them back in LIFO order
a = [1]
b = [2]
ida, idb = id(a), id(b)
del a
del b
c = [3]
d = [4]
print(id(c) == idb, id(d) == ida)
