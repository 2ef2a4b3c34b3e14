# an instance's __dict__ size after adding attributes (3.11+ keeps values inline until accessed)
import sys
class C:
    pass
c = C()
c.a, c.b, c.c = 1, 2, 3
print(sys.getsizeof(c))
print(sys.getsizeof(c.__dict__))
print(sys.getsizeof(c))
