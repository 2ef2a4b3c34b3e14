# binding a small int adds a reference before 3.12 and nothing from 3.12 on
import sys
before = sys.getrefcount(7)
refs = [7] * 10
print(sys.getrefcount(7) - before)
print(sys.getrefcount(7) == 2 ** 32 - 1)
