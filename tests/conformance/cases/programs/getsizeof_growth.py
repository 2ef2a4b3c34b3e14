# sys.getsizeof as lists, dicts, sets and strings grow: over-allocation steps
import gc
gc.collect()
import sys

lst = []
sizes = []
for i in range(20):
    lst.append(i)
    s = sys.getsizeof(lst)
    if not sizes or sizes[-1][1] != s:
        sizes.append((len(lst), s))
print("list", sizes)
d = {}
dsizes = []
for i in range(40):
    d[i] = i
    s = sys.getsizeof(d)
    if not dsizes or dsizes[-1][1] != s:
        dsizes.append((len(d), s))
print("dict", dsizes)
st = set()
ssizes = []
for i in range(40):
    st.add(i)
    s = sys.getsizeof(st)
    if not ssizes or ssizes[-1][1] != s:
        ssizes.append((len(st), s))
print("set", ssizes)
print("str", [sys.getsizeof("a" * n) for n in (0, 1, 10, 100)], sys.getsizeof("\u20ac"), sys.getsizeof("é"))
print("tuple", [sys.getsizeof(tuple(range(n))) for n in (0, 1, 5)], sys.getsizeof(()))
print("comprehension vs append", sys.getsizeof([i for i in range(20)]), sys.getsizeof(list(range(20))))
lst.clear()
print("cleared", sys.getsizeof(lst), sys.getsizeof([None] * 20), sys.getsizeof([]) < sys.getsizeof([1]))
print("int", sys.getsizeof(True), sys.getsizeof(10 ** 100), sys.getsizeof(1.0), sys.getsizeof(None))
print(gc.collect())
