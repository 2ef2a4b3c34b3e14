# a metaclass's __getattr__, __setattr__, __delattr__, properties, methods and operators act on its classes
class M(type):
    tag = "meta"
    def __getattr__(cls, name):
        return "dyn:" + name
    def __setattr__(cls, name, value):
        print("set", cls.__name__, name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("del", name)
        super().__delattr__(name)
    def __instancecheck__(cls, obj):
        return obj == 42
    def __subclasscheck__(cls, sub):
        return sub is int
    def describe(cls):
        return cls.__name__ + ":" + cls.tag
    @property
    def upper(cls):
        return cls.__name__.upper()
    def __repr__(cls):
        return "<M " + cls.__name__ + ">"
    def __getitem__(cls, k):
        return (cls.__name__, k)
class A(metaclass=M):
    x = 1
A.y = 2
print(A.x, A.y, A.missing, A.describe(), A.upper, A, [A], A[3], bool(A))
del A.y
print(isinstance(42, A), isinstance(1, A), issubclass(int, A), issubclass(str, A), hasattr(A, "zz"))
