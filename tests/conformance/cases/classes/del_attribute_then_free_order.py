# a deleted then re-set attribute is freed last before 3.11, in its old place from 3.11 (inline values)
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class H:
    pass
h = H()
h.a = T("a")
h.b = T("b")
h.c = T("c")
del h.a
print("a removed")
h.a = T("a2")
del h
print("end")
