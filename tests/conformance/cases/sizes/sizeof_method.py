# __sizeof__ excludes the GC header that sys.getsizeof adds
import sys
for obj in ([], {}, (1,), object(), "ab", 1.0):
    print(type(obj).__name__, sys.getsizeof(obj) - obj.__sizeof__())
class C:
    pass
print(sys.getsizeof(C()) - C().__sizeof__())
