# 0 is 24 bytes before 3.11 and 28 from 3.11 (one digit always allocated)
import sys
print(sys.getsizeof(0), sys.getsizeof(1))
print(sys.getsizeof(False), sys.getsizeof(True))
z = int("0")
print(sys.getsizeof(z))
