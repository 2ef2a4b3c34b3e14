# id reuse: a freed object's memory goes to the next object of the same size
import gc
gc.collect()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def addr_of_temp():
    return id(Point(1, 2))


first = addr_of_temp()
second = addr_of_temp()
print("temporaries reuse an address:", first == second)
p = Point(0, 0)
pid = id(p)
del p
q = Point(5, 5)
print("new Point in the old slot:", id(q) == pid)
lst = [1, 2, 3]
lid = id(lst)
del lst
lst2 = [4, 5, 6]
print("list slot reused:", id(lst2) == lid)
s1 = "".join(["ab", "cd"])
sid = id(s1)
del s1
print("same str twice:", id("".join(["ab", "cd"])) == id("".join(["ab", "cd"])), sid != 0)
kept = [Point(i, i) for i in range(3)]
ids = [id(k) for k in kept]
print("distinct while alive:", len(set(ids)) == 3)
del kept
again = [Point(i, -i) for i in range(3)]
print("reused after free:", sorted(id(a) for a in again) == sorted(ids))
d = {}
for i in range(4):
    d[i] = id(object())
print("object() temporaries:", len(set(d.values())))
t1 = (1, 2, 3)
print(id(t1) == id((1, 2, 3)), id(1) == id(1), id(None) == id(None), id(10 ** 20) == id(10 ** 20))
print(gc.collect())
