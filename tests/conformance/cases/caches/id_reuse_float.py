# a freed float's memory is reused by the next float created (float free list, LIFO)
x = float("1.5")
idx = id(x)
del x
y = float("2.5")
print(id(y) == idx)
z = y * 2
print(id(z) == idx)
