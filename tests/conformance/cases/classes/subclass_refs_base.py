# creating a subclass adds references to the base (bases and MRO tuples)
import sys
class Base:
    pass
before = sys.getrefcount(Base)
class Sub(Base):
    pass
print(sys.getrefcount(Base) - before)
class Sub2(Base):
    pass
print(sys.getrefcount(Base) - before)
