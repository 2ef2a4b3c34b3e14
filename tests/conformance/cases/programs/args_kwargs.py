# *args/**kwargs forwarding, keyword-only arguments, defaults and decorators that wrap functions
import gc
gc.collect()
import sys

call_log = []


def logged(func):
    def wrapper(*args, **kwargs):
        call_log.append((func.__name__, args, tuple(sorted(kwargs.items()))))
        return func(*args, **kwargs)
    wrapper.__name__ = func.__name__
    wrapper.wrapped = func
    return wrapper


@logged
def area(w, h=1, *, unit="m"):
    return f"{w * h}{unit}2"


@logged
def total(*nums, start=0):
    return sum(nums, start)


def describe(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, dict(sorted(extra.items())))


print(area(3), area(3, 4), area(w=2, h=5, unit="cm"), total(1, 2, 3), total(start=10))
print(describe(1, c=3), describe(1, 5, 6, 7, c=0, z=9, y=8))
params = {"w": 7, "unit": "ft"}
print(area(**params), area(*[2, 3]), total(*range(5), start=100))
print(call_log[0], len(call_log), area.__name__, area.wrapped.__name__)
for bad in ({"c": 1, "a": 1, "zz": 0}, {}):
    try:
        print(describe(**bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    area(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    area(1, unit="m", w=2)
except TypeError as e:
    print("TypeError:", e)
args = (1, 2)
print(sys.getrefcount(args) - 1, describe(*args, c=args), sys.getrefcount(args) - 1)
print(gc.collect())
