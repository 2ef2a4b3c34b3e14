# each loop iteration drops the previous object
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
for i in range(3):
    t = T(i)
    print("made", i)
print("loop over")
t = None
