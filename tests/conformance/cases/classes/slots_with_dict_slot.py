# __slots__ including "__dict__" allows extra attributes in a real dict
class S:
    __slots__ = ("a", "__dict__")
s = S()
s.a = 1
s.b = 2
print(s.a, s.b, s.__dict__)
print(hasattr(s, "__weakref__"))
