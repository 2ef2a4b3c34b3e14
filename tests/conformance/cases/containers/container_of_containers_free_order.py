# freeing nested containers: dict values in order, each list or tuple from its last item
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
data = {"x": [T(1), (T(2), T(3))], "y": T(4)}
del data
print("end")
