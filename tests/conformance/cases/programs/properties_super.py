# property, classmethod, staticmethod and super() in a small class hierarchy
import gc
gc.collect()


class Shape:
    count = 0

    def __init__(self, name):
        self._name, Shape.count = name, Shape.count + 1

    @property
    def name(self):
        return self._name.upper()

    @name.setter
    def name(self, value):
        if not value:
            raise ValueError("empty name")
        self._name = value

    @name.deleter
    def name(self):
        del self._name

    def area(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

    @classmethod
    def unit(cls):
        return cls(1)

    @staticmethod
    def compare(a, b):
        return (a.area() > b.area()) - (a.area() < b.area())


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2


class Circle(Shape):
    PI = 3.14159

    def __init__(self, r):
        super(Circle, self).__init__("circle")
        self.r = r

    def area(self):
        return self.PI * self.r ** 2

    def describe(self):
        return "round " + super().describe()


shapes = [Square(3), Circle(1), Square.unit(), Circle.unit()]
print("\n".join(s.describe() for s in shapes))
print(Shape.count, Shape.compare(shapes[0], shapes[1]), Shape.compare(shapes[2], shapes[2]))
sq = shapes[0]
sq.name = "box"
try:
    sq.name = ""
except ValueError as e:
    print("ValueError:", e, sq.name, sq._name)
del sq.name
print(hasattr(sq, "_name"), type(Shape.__dict__["name"]).__name__, isinstance(Shape.__dict__["unit"], classmethod))
print([c.__name__ for c in Circle.__mro__], issubclass(Circle, Shape), Square.__bases__[0].__name__)
try:
    Shape("abstract").area()
except NotImplementedError as e:
    print("NotImplementedError", repr(e), gc.collect())
