# `x is 1000` warns at compile time (SyntaxWarning on stderr; 3.12+ names the literal's type), then runs
import sys
a = 256
b = 1000
print(a is 256, b is 1000, b is not 1000.0)
print(sys.getrefcount(1000) > 1, a is -5 + 261)
def small(n):
    return n is 7
print(small(7), small(3 + 4))
