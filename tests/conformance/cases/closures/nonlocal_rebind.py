# nonlocal rebinding replaces the cell's contents and frees the old value
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def counter():
    cur = T(0)
    def bump():
        nonlocal cur
        cur = T(cur.n + 1)
    return bump
b = counter()
b()
b()
print("end")
