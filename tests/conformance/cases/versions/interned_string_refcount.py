# 3.12 makes every interned string immortal; 3.13 gives runtime-interned strings a normal count
import sys
s = sys.intern("".join(["runtime", "_interned", "_name"]))
print(sys.getrefcount(s) == 2 ** 32 - 1, sys.getrefcount(s) < 100)
t = "".join(["not", " interned"])
print(sys.getrefcount(t))
