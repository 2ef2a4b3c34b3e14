# dict.clear() releases values in insertion order
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {}
d["z"] = T(1)
d["a"] = T(2)
d["m"] = T(3)
d.clear()
print("end")
