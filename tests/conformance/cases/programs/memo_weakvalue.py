# memoisation: a plain dict keeps results alive, a WeakValueDictionary lets them go
import gc
import sys
import weakref
gc.collect()


class Result:
    def __init__(self, n, value):
        self.n = n
        self.value = value

    def __repr__(self):
        return "Result(%d, %d)" % (self.n, self.value)


calls = 0


def compute(n):
    global calls
    calls += 1
    total = 0
    for k in range(n + 1):
        total += k * k
    return Result(n, total)


strong = {}
weak = weakref.WeakValueDictionary()


def memo_strong(n):
    if n not in strong:
        strong[n] = compute(n)
    return strong[n]


def memo_weak(n):
    r = weak.get(n)
    if r is None:
        r = compute(n)
        weak[n] = r
    return r


for n in (3, 4, 3, 10, 4):
    print(memo_strong(n), end=" ")
print("| calls", calls)
calls = 0
keep = memo_weak(10)
for n in (3, 10, 3, 10):
    print(memo_weak(n), end=" ")
print("| calls", calls, "len", len(weak))
print("refcount of kept", sys.getrefcount(keep))
print(sorted(weak.keys()))
del keep
print(sorted(weak.keys()), len(strong))
strong.clear()
print("collect", gc.collect())
