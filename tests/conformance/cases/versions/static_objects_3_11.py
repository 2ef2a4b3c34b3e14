# 3.11 statically allocated objects start near 10**9; 3.12 makes them immortal
import sys
for obj in (1, (), "", True):
    rc = sys.getrefcount(obj)
    print(type(obj).__name__, rc >= 10 ** 9, rc == 2 ** 32 - 1)
