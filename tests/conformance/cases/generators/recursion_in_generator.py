# RecursionError raised inside a generator body and by generators that recurse into themselves
import sys
sys.setrecursionlimit(200)
def deep(n):
    return deep(n + 1)
def gen():
    try:
        deep(0)
    except RecursionError:
        print("caught in body")
    yield 1
    deep(0)
g = gen()
print(next(g))
try:
    next(g)
except RecursionError as e:
    print("propagated", type(e).__name__)
def nested(n):
    yield from nested(n + 1)
try:
    next(nested(0))
except RecursionError:
    print("nested generators hit the limit")
print("end")
