# global and nonlocal counters, module-level state and closures sharing a cell across calls
import gc
gc.collect()
import sys

counter = 0
registry = {}


def bump(n=1):
    global counter
    counter += n
    return counter


def make_accumulator():
    total = 0
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total

    def reset():
        nonlocal total
        total = 0
        history.clear()

    return add, reset, history


def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco


@register("square")
def sq(x):
    return x * x


@register("negate")
def neg(x):
    return -x


print([bump() for _ in range(3)], bump(10), counter)
add, reset, hist = make_accumulator()
print(add(5), add(7), hist, len(add.__closure__))
reset()
print(add(1), hist, sorted(add.__code__.co_freevars), sorted(reset.__code__.co_freevars))
print(sorted(registry), registry["square"](7), registry["negate"](7), sq is registry["square"])
print("sq refs", sys.getrefcount(sq) - 1)
del registry["square"]
print("sq refs", sys.getrefcount(sq) - 1)
print("module scope has counter:", "counter" in vars(), counter)
del add, reset
print("history survives", hist, gc.collect())
