# sys.intern accepts only exact str objects
import sys
try:
    sys.intern(b"bytes")
except TypeError as e:
    print("TypeError:", e)
s = sys.intern("ab" + "cd" * 2)
print(s, s is sys.intern("abcdcd"))
