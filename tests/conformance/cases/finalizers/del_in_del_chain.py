# a __del__ dropping the last reference to another object runs that object's __del__ inside it
class Inner:
    def __del__(self):
        print("inner del")
class Outer:
    def __init__(self):
        self.inner = Inner()
    def __del__(self):
        print("outer del start")
        self.inner = None
        print("outer del end")
o = Outer()
del o
print("end")
