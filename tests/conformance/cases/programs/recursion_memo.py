# recursion with a memo dict: fibonacci, partitions and a recursion-limit error
import gc
gc.collect()
import sys

memo = {0: 0, 1: 1}


def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


def partitions(n, largest=None, cache={}):
    if largest is None:
        largest = n
    if n == 0:
        return 1
    key = (n, largest)
    if key not in cache:
        cache[key] = sum(partitions(n - k, k) for k in range(1, min(n, largest) + 1))
    return cache[key]


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(fib(80), len(memo), fib(10))
print([partitions(n) for n in range(12)], len(partitions.__defaults__[1]))
print(depth(500))
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    depth(1000)
except RecursionError as e:
    print("RecursionError:", str(e)[:40])
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)


def flatten(x):
    if isinstance(x, (list, tuple)):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]


print(flatten([1, [2, (3, [4, [5]])], [], [[6]]]))
memo.clear()
print(gc.collect())
