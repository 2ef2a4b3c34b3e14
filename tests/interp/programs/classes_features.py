# inheritance, super(), properties, static/class methods, slots, dunder operators
class Base:
    kind = "base"
    def __init__(self, v):
        self.v = v
    def describe(self):
        return f"{self.kind}:{self.v}"
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def make(cls, v):
        return cls(v)
class Child(Base):
    kind = "child"
    def __init__(self, v):
        super().__init__(v + 1)
    @property
    def double(self):
        return self.v * 2
    def __add__(self, other):
        return Child(self.v + other.v)
    def __eq__(self, other):
        return isinstance(other, Child) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"Child({self.v})"
    def __len__(self):
        return self.v
c = Child.make(1)
print(c.describe(), c.double, Base.s(4), c.s(5), len(c))
print(c + c, c == Child(1), c in {c: 1}, isinstance(c, Base), issubclass(Child, Base))
class P:
    __slots__ = ("a", "b")
p = P()
p.a = 1
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(p, "b"), getattr(p, "a"), [k.__name__ for k in Child.__mro__])
