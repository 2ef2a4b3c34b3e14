# deleting a slice drops the references of all removed items at once
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
lst = [T(i) for i in range(5)]
del lst[1:4]
print("slice deleted", len(lst))
lst[0] = None
print("item replaced")
del lst
print("end")
