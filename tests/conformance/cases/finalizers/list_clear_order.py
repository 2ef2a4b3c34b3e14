# list.clear() and del lst[:] release items from the last to the first
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = [T(1), T(2), T(3)]
a.clear()
print("cleared")
b = [T(4), T(5)]
del b[:]
print("end")
