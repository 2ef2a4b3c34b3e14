# vars() returns the instance __dict__ itself
class C:
    def __init__(self):
        self.a = 1
c = C()
d = vars(c)
print(d, d is c.__dict__)
d["b"] = 2
print(c.b)
