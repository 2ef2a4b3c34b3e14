# freeing a list deallocates its items from the last one to the first
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
lst = [T(i) for i in range(4)]
del lst
print("end")
