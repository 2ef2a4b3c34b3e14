# properties, staticmethods and classmethods resolve without storing bound objects
class C:
    def __init__(self):
        self._v = 3
    @property
    def v(self):
        return self._v * 2
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def k(cls):
        return cls.__name__
c = C()
print(c.v, C.s(1), c.s(2), C.k(), c.k())
print(type(C.__dict__["s"]).__name__, type(C.__dict__["k"]).__name__)
