# overwriting a dict value drops the old value's reference
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {"k": T(1)}
d["k"] = T(2)
print("overwritten")
d.update(k=T(3))
print("updated")
d.pop("k")
print("popped")
