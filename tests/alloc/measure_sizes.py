"""Probe run on a real CPython (3.8+) to measure object sizes; prints one JSON object.

Run: ``PYENV_VERSION=3.11.7 python -S tests/alloc/measure_sizes.py``. The committed table
``tests/alloc/data/sizes_measured.json`` holds its output for every installed version; the model in
``heapglass.alloc.sizes`` is tested against that table, and ``test_sizes_remeasure`` re-runs this probe.
Keep it dependency-free and runnable on 3.8 (no walrus in comprehensions, no match).
"""
import gc
import json
import sys
import tracemalloc

gs = sys.getsizeof
out = {}


def grow_list(n):
    lst = []
    for i in range(n):
        lst.append(i)  # noqa: PERF402 -- the point is growth by append
    return gs(lst)


def grow_dict(n, strkeys):
    d = {}
    for i in range(n):
        d[f"k{i}" if strkeys else i] = i
    return gs(d)


def grow_set(n):
    s = set()
    for i in range(n):
        s.add(i)
    return gs(s)


def literal_dict(n, strkeys):
    items = ", ".join(f"'k{i}': {i}" if strkeys else f"{i}: {i}" for i in range(n))
    return gs(eval("{" + items + "}"))


def literal_dict_vars(n):
    names = [f"v{i}" for i in range(n)]
    src = "lambda " + ", ".join(names) + ": {" + ", ".join(f"{x}: {x}" for x in names) + "}"
    return gs(eval(src)(*[object() for _ in names]))


def literal_set(n):
    names = [f"v{i}" for i in range(n)]
    src = "lambda " + ", ".join(names) + ": {" + ", ".join(names) + "}"
    return gs(eval(src)(*range(n)))


class Empty:
    pass


class Three:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3


class Slot1:
    __slots__ = ("a",)


class Slot0:
    __slots__ = ()


def requests(make):
    """Bytes requested from the allocators per object (tracemalloc), from the difference between
    building 4000 and 1000 objects so one-off allocations (list growth, caches) cancel out."""
    def traced(n):
        keep = [None] * n
        make()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        for i in range(n):
            keep[i] = make()
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        return after - before

    traced(1000)  # fill the type free lists first, so both measured batches start alike
    small = traced(1000)
    return (traced(4000) - small) // 3000


def make_cell(x):
    return (lambda: x).__closure__[0]


def gen():
    yield 1


def func():
    pass


import weakref

gc.disable()
out["version"] = "{}.{}".format(*sys.version_info[:2])
out["getsizeof"] = {
    "object()": gs(object()),
    "0": gs(0), "1": gs(1), "2**30": gs(2 ** 30), "2**60": gs(2 ** 60), "2**100": gs(2 ** 100),
    "-1": gs(-1), "True": gs(True), "False": gs(False),
    "1.0": gs(1.0), "1j": gs(1j),
    "''": gs(""), "'a'": gs("a"), "'abc'": gs("abc"), "'\\xe9'": gs("\xe9"), "'\\xe9\\xe9'": gs("\xe9\xe9"),
    "'\\u20ac'": gs("\u20ac"), "'\\u20ac\\u20ac'": gs("\u20ac\u20ac"), "'\\U0001f600'": gs("\U0001f600"),
    "b''": gs(b""), "b'abc'": gs(b"abc"), "bytearray()": gs(bytearray()),
    "()": gs(()), "(1,)": gs((1,)), "(1, 2, 3)": gs((1, 2, 3)),
    "[]": gs([]), "[1]": gs([1]), "list(range(3))": gs(list(range(3))),
    "{}": gs({}), "{1: 1}": gs({1: 1}), "dict(a=1)": gs(dict(a=1)),  # noqa: C408 -- a dict built from keywords
    "set()": gs(set()), "{1}": gs({1}), "frozenset()": gs(frozenset()),
    "function": gs(func), "cell": gs(make_cell(1)),
    "bound method": gs(Three().__init__), "generator": gs(gen()),
    "range(10)": gs(range(10)), "slice(1)": gs(slice(1)), "weakref": gs(weakref.ref(Empty())),
    "module": gs(sys), "Empty()": gs(Empty()), "Empty().__dict__": gs(Empty().__dict__),
    "Three()": gs(Three()), "Three().__dict__": gs(Three().__dict__),
    "Slot1()": gs(Slot1()), "Slot0()": gs(Slot0()),
}
out["basicsize"] = {
    "int": int.__basicsize__, "bool": bool.__basicsize__, "float": float.__basicsize__,
    "tuple": tuple.__basicsize__, "list": list.__basicsize__, "dict": dict.__basicsize__,
    "set": set.__basicsize__, "Empty": Empty.__basicsize__, "Slot1": Slot1.__basicsize__,
    "Slot0": Slot0.__basicsize__, "function": type(func).__basicsize__, "type": type.__basicsize__,
}
out["list_grown"] = [grow_list(n) for n in range(70)]
out["list_from_range"] = [gs(list(range(n))) for n in range(20)]
out["dict_grown_int"] = [grow_dict(n, False) for n in range(50)]
out["dict_grown_str"] = [grow_dict(n, True) for n in range(50)]
out["dict_literal_int"] = [literal_dict(n, False) for n in range(25)]
out["dict_literal_str"] = [literal_dict(n, True) for n in range(25)]
out["dict_literal_vars"] = [literal_dict_vars(n) for n in range(25)]
out["list_display_consts"] = [gs(eval("[" + ", ".join(str(i) for i in range(n)) + "]")) for n in range(14)]
out["list_display_vars"] = [gs(eval("lambda: [" + ", ".join(["gs"] * n) + "]")()) for n in range(14)]
out["list_extend_range"] = [gs([*range(n)]) for n in range(14)]
out["set_display_consts"] = [gs(eval("{" + ", ".join(str(i) for i in range(n)) + "}")) for n in range(1, 14)]
out["set_from_frozenset"] = [gs(set(frozenset(range(n)))) for n in range(14)]


def dict_str_then_int():
    d = {}
    for k in "abcdef":
        d[k] = 1
    for k in "abcde":
        del d[k]
    before = gs(d)
    d[1] = 1
    return [before, gs(d)]


out["dict_str_then_int"] = dict_str_then_int()
out["set_grown"] = [grow_set(n) for n in range(80)]
out["set_literal"] = [literal_set(n) for n in range(1, 25)]
out["frozenset_range"] = [gs(frozenset(range(n))) for n in range(40)]
keep_three = [Three() for _ in range(100)]
keep_empty = [Empty() for _ in range(100)]
out["instance_dict_steady"] = {"Three": gs(Three().__dict__), "Empty": gs(Empty().__dict__)}


def g3(a, b, c):
    x = a + b
    yield x + c


def g5(a):
    t = (a, a, a, a, a, a, a)
    yield [a, a, a, a, a, a, a, a, a, t]


def code_shape(f):
    c = f.__code__
    return [c.co_nlocals + len(c.co_cellvars) + len(c.co_freevars), c.co_stacksize]


out["generators"] = [code_shape(gen) + [gs(gen())], code_shape(g3) + [gs(g3(1, 2, 3))],
                     code_shape(g5) + [gs(g5(1))]]
out["class_getsizeof"] = {"Empty": gs(Empty), "Three": gs(Three), "new": gs(type("X", (), {}))}
out["requests"] = {
    "Empty()": requests(Empty), "Three()": requests(Three), "Slot1()": requests(Slot1),
    "Slot0()": requests(Slot0),
}
print(json.dumps(out, indent=1, sort_keys=True))
