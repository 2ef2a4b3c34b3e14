# freeing a dict deallocates its keys and values in insertion order
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {"a": T(1), "b": T(2), "c": T(3)}
del d
print("end")
