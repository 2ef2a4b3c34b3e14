# a for-loop variable keeps the last item alive after the loop ends
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
for item in [T(1), T(2)]:
    pass
print("loop done")
del item
print("end")
