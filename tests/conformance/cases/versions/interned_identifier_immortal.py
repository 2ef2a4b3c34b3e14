# identifier-like string constants are immortal in 3.12 only (3.13 makes them mortal again)
import sys
s = "some_identifier_name"
rc = sys.getrefcount(s)
print(rc == 2 ** 32 - 1)
t = s
print(sys.getrefcount(s) - rc)
