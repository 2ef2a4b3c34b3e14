# sys.getsizeof of ASCII, latin-1, BMP and astral strings
import sys
for s in ("", "a", "abc", "a" * 100, "\xe9", "\xe9" * 10, "\u20ac", "\u20ac" * 10, "\U0001f600"):
    print(len(s), sys.getsizeof(s))
ascii_s = "x" * 7
print(sys.getsizeof(ascii_s + "\u20ac") - sys.getsizeof(ascii_s))
