# 3.12+ reports the immortal refcount for None; earlier versions count ordinary references
import sys
rc = sys.getrefcount(None)
print(rc == 2 ** 32 - 1)
before = sys.getrefcount(None)
x = None
print(sys.getrefcount(None) - before)
