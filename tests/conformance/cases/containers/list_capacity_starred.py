# starred targets: PySequence_List of the iterator (list_extend sized by its length hint), tail cut off
import sys
first, *r = list(range(6))
a, *b = [1, 2, 3]
*c, d = (1, 2, 3, 4, 5)
e, *f = iter([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
g, *h = range(12)
i, *j, k = "abcdefghi"
print(sys.getsizeof(r), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(f), sys.getsizeof(h))
print(sys.getsizeof(j), len(j), k)
