# callable objects with __call__, bound methods, functions stored in dicts and their refcounts
import gc
gc.collect()
import sys


class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x * self.factor


class Pipeline:
    def __init__(self, *steps):
        self.steps = list(steps)

    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value

    def add(self, step):
        self.steps.append(step)
        return self


double = Multiplier(2)
triple = Multiplier(3)
p = Pipeline(double, triple, abs, str)
print(p(-7), p(4), double.calls, callable(p), callable(double.factor), callable(len))
print(sys.getrefcount(double), sys.getrefcount(Pipeline.__call__))
p.add(len).add(lambda n: n * 10)
print(p(123456), len(p.steps))
handlers = {"double": double, "neg": lambda x: -x, "abs": abs, "upper": str.upper}
for name in sorted(handlers):
    arg = "abc" if name == "upper" else -5
    print(name, handlers[name](arg))
bound = double.__call__
print(bound(10), bound.__self__ is double, bound.__func__ is Multiplier.__call__, double.calls)
del handlers, p
print("double refs", sys.getrefcount(double) - 1)
methods = [getattr(s, "upper") for s in ["a", "b"]]
print([m() for m in methods], [type(m).__name__ for m in methods][0])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(double, lambda x: x + 1)
print(inc_then_double(4), inc_then_double.__closure__ is not None, len(inc_then_double.__closure__))
print(list(map(triple, range(4))), triple.calls, sorted([3, -1, 2], key=double))
del bound
print(sys.getrefcount(double) - 1, gc.collect())
