# making many references to () changes its refcount before 3.12 and not after
import sys
before = sys.getrefcount(())
refs = [()] * 100
after = sys.getrefcount(())
print(after - before)
print(after == 2 ** 32 - 1)
