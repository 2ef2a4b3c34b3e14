# an empty instance's getsizeof follows the managed-dict pre-header changes (3.11, 3.12)
import sys
class C:
    pass
c = C()
print(sys.getsizeof(c))
c.a = 1
print(sys.getsizeof(c))
