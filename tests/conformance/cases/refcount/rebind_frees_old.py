# rebinding a name drops the old object immediately
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
x = T(1)
x = T(2)
print("rebound")
x = None
print("end")
