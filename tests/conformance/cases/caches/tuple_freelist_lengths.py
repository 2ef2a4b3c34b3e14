# freed tuples are kept per length: a 2-tuple's memory is reused by the next 2-tuple only
a = tuple([1, 2])
b = tuple([1, 2, 3])
ia, ib = id(a), id(b)
del a, b
c = tuple([4, 5, 6])
d = tuple([7, 8])
print(id(c) == ib, id(d) == ia)
