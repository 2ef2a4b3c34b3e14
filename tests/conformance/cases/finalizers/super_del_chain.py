# a subclass __del__ calling super().__del__ runs both finalizers in order
class Base:
    def __del__(self):
        print("base del")
class Child(Base):
    def __del__(self):
        print("child del")
        super().__del__()
c = Child()
del c
print("done")
