# a pipeline of generators: each stage holds the previous one, closing the last closes them all
import gc
gc.collect()
import sys


def numbers(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("numbers closed")


def evens(src):
    try:
        for x in src:
            if x % 2 == 0:
                yield x
    finally:
        print("evens closed")


def squares(src):
    for x in src:
        yield x * x


def take(n, src):
    out = []
    for x in src:
        out.append(x)
        if len(out) == n:
            break
    return out


pipe = squares(evens(numbers(100)))
print(take(4, pipe))
print(next(pipe), sys.getrefcount(pipe))
print(pipe.gi_frame is not None, pipe.gi_running)
del pipe
print("deleted pipe")
total = sum(x for x in squares(range(10)) if x > 10)
print("total", total)
gen = (c.upper() for c in "heap")
print(next(gen), list(gen), list(gen))
g = numbers(3)
print(list(zip(g, "ab")))
g.close()
print("closed", gc.collect())
