# a tuple's size grows by one pointer per item
import sys
for n in range(5):
    print(n, sys.getsizeof(tuple(range(n))))
print(sys.getsizeof(tuple(range(100))))
