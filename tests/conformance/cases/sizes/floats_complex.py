# sys.getsizeof of float and complex
import sys
print(sys.getsizeof(1.5), sys.getsizeof(0.0), sys.getsizeof(complex(1, 2)))
print(sys.getsizeof(None), sys.getsizeof(True))
print(sys.getsizeof(float("inf")), sys.getsizeof(1e300))
