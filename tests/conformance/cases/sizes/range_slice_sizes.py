# sys.getsizeof of range, slice and iterators
import sys
print(sys.getsizeof(range(10)), sys.getsizeof(slice(1, 2)))
print(sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter(range(3))))
print(sys.getsizeof(enumerate([])), sys.getsizeof(zip()))
