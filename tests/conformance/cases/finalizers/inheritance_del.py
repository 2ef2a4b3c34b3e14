# a subclass without __del__ inherits its base's finalizer
class Base:
    def __del__(self):
        print("Base.__del__ for", type(self).__name__)
class Child(Base):
    pass
c = Child()
del c
b = Base()
b = None
print("end")
