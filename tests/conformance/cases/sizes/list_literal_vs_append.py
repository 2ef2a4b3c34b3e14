# a list literal is exact-size; the same list built by append is over-allocated
import sys
a = [1, 2, 3, 4, 5]
b = []
for i in range(5):
    b.append(i)
print(sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(list(range(5))))
print(sys.getsizeof([i for i in range(5)]))
