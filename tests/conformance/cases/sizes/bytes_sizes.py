# sys.getsizeof of bytes objects built by repetition, slicing and join
import sys
for n in (0, 1, 10, 100):
    print(n, sys.getsizeof(b"x" * n), sys.getsizeof((b"y" * (n + 5))[5:]))
b = b"".join([b"ab", b"cd"])
print(sys.getsizeof(b))
