# a WeakSet forgets members when they die (the for-loop variable keeps the last one alive)
import weakref
class M:
    pass
s = weakref.WeakSet()
items = [M() for i in range(4)]
for it in items:
    s.add(it)
print(len(s))
del items[0]
print(len(s))
items.clear()
print(len(s))
