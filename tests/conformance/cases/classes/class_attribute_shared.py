# a class attribute is one object shared by all instances until shadowed
class C:
    items = []
a, b = C(), C()
a.items.append(1)
print(b.items, a.items is b.items)
a.items = [2]
print(a.items, b.items, C.items)
del a.items
print(a.items)
