# order of __del__ when containers holding instances are cleared, deleted, or reassigned
import gc
gc.collect()


class Tracked:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print("  del", self.label)


print("list deleted:")
items = [Tracked("l0"), Tracked("l1"), Tracked("l2")]
del items
print("dict cleared:")
d = {k: Tracked("d" + k) for k in "abc"}
d.clear()
print("tuple reassigned:")
t = (Tracked("t0"), Tracked("t1"))
t = None
print("slice assignment:")
lst = [Tracked("s0"), Tracked("s1"), Tracked("s2"), Tracked("s3")]
lst[1:3] = []
print("pop and ignore:")
lst.pop()
print("set discard:")
x = Tracked("x")
s = {1, 2}
s.add(x)
del x
s.clear()
print("nested:")
nested = [[Tracked("n0")], {"k": Tracked("n1")}, (Tracked("n2"),)]
del nested
print("attribute overwrite:")


class Holder:
    pass


h = Holder()
h.v = Tracked("h0")
h.v = Tracked("h1")
del h
print("end", gc.collect())
del lst
