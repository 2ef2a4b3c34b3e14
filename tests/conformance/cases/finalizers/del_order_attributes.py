# freeing an instance frees its attributes in the order they were set
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Holder:
    pass
h = Holder()
h.z = T("z")
h.a = T("a")
h.m = T("m")
del h
print("end")
