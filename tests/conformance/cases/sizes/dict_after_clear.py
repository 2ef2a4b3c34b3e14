# clear() shrinks a dict back to the empty size; del of items does not
import sys
d = {i: i for i in range(50)}
big = sys.getsizeof(d)
for i in range(50):
    del d[i]
print(sys.getsizeof(d) == big)
d.clear()
print(sys.getsizeof(d), sys.getsizeof({}))
