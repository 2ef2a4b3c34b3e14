# at exit, module globals are torn down and __del__ run in CPython's order
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
first = T("first")
_private = T("_private")
last = T("last")
print("end of module")
