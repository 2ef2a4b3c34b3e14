# __slots__ instances have no __dict__ and reject unknown attributes
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(hasattr(p, "__dict__"), p.x + p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
