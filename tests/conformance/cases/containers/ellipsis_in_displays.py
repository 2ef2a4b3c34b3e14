# Ellipsis inside a display or a constant tuple is the singleton itself.
import sys

x = [..., (..., 1)]
print(x, x[0] is x[1][0], x[1][0] is ..., repr(...))
print(sys.getrefcount(...) > 2)
