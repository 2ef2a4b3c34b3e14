# context managers with __enter__/__exit__: resources released in order, exceptions suppressed or not
import gc
gc.collect()
import sys

opened = []


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        opened.append(self.name)
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        opened.remove(self.name)
        kind = exc_type.__name__ if exc_type else None
        print("exit", self.name, kind, tb is not None)
        return self.suppress

    def __del__(self):
        print("del", self.name)


with Resource("a") as a, Resource("b") as b:
    print("inside", opened, a.name, b.name)
del a, b
print("after", opened)
with Resource("outer", suppress=True):
    with Resource("inner"):
        raise KeyError("boom")
print("suppressed, opened:", opened)
try:
    with Resource("plain"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e, sys.exc_info()[0].__name__)
print("exc_info cleared", sys.exc_info() == (None, None, None))


class Timer:
    depth = 0

    def __enter__(self):
        Timer.depth += 1
        return Timer.depth

    def __exit__(self, *exc):
        Timer.depth -= 1
        return False


t = Timer()
with t as d1:
    with t as d2:
        print("depths", d1, d2, Timer.depth)
print("depth", Timer.depth, sys.getrefcount(t))
print(gc.collect())
