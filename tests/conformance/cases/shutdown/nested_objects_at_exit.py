# objects owned by a global container are finalized with it at exit
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
registry = [T(1), T(2), T(3)]
print("end of module")
