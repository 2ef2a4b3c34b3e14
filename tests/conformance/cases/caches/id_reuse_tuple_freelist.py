# a freed tuple is reused for the next tuple of the same length
t = tuple([1, 2, 3])
idt = id(t)
del t
u = tuple([4, 5, 6])
print(id(u) == idt)
v = tuple([7, 8])
print(id(v) == idt)
