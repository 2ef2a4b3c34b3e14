# sys.intern returns the canonical string for runtime-built strings
import sys
a = "".join(["spam", "eggs"])
b = "".join(["spam", "eggs"])
print(a == b, a is b)
print(sys.intern(a) is sys.intern(b))
print(sys.intern(a) is a)
