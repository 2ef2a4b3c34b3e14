# True and False are immortal from 3.12: storing them no longer changes their refcount
import sys
before = sys.getrefcount(True)
flags = [True] * 50
print(sys.getrefcount(True) - before)
print(sys.getrefcount(False) == 2 ** 32 - 1)
