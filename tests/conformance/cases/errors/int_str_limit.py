# str()/repr() of an int with more than 4300 decimal digits raise ValueError (the limit was
# backported to 3.8.14/3.9.14/3.10.7; its message changed in 3.11); the sign does not count.
import sys

big = 10 ** 4300
for v in (big, -big, big - 1, -(big - 1)):
    try:
        print(len(str(v)), len(repr(v)))
    except ValueError as e:
        print(e)
print(sys.getrefcount(big))
