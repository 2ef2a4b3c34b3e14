# sys.getsizeof of empty builtin containers
import sys
print(sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof({}), sys.getsizeof(set()))
print(sys.getsizeof(frozenset()), sys.getsizeof(""), sys.getsizeof(b""))
print(sys.getsizeof(object()))
