# getrefcount(self) inside a method called on a named instance
import sys
class C:
    def count(self):
        return sys.getrefcount(self)
c = C()
print(c.count(), sys.getrefcount(c))
print(C.count(c))
