#!/usr/bin/env python
"""Measure what single statements cost the collector: gen-0 count and allocated-block deltas.

Each probe is a snippet of ordinary Python; the script wraps every probe of the table into one program
(per scope: module level, or inside a function) that does, for each probe,

    gc.collect()                         # empty generation 0, clear the free lists
    a0 = c()[0]; b0 = n()                # c = gc.get_count, n = sys.getallocatedblocks
    <snippet>
    a1 = c()[0]; b1 = n()
    print(name, a1 - a0, b1 - b0)

and runs that program on the model and on every installed CPython (3.8-3.13, as `heapglass conform`
runs them). The probe's own costs (the freed count tuple, the int b0) are the same on both sides, so the
figures are compared as they are; the `pass` probe shows that baseline. Prints one table row per probe
whose figures differ from CPython's on some version (`--all`: every probe), as ``count/blocks`` with
the model's figures after CPython's when they differ.

    .venv/bin/python scripts/count_deltas.py [--python 3.8,3.12|all] [--all] [--blocks] [--warm] [NAME-SUBSTRING...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

from heapglass.conform.cli import parse_versions
from heapglass.conform.model import run_model
from heapglass.conform.oracle import DEFAULT_TIMEOUT, installed_interpreters, run_real


@dataclass(frozen=True)
class Probe:
    """`code` is measured; `setup` runs before the counters are read (same scope). Neither may
    rebind the harness's names: c, n, keep, a0, a1, b0, b1."""

    name: str
    code: str
    setup: str = ""
    scope: str = "module"  # "module" or "function"


P = Probe
PROBES: list[Probe] = [
    P("pass", "pass"),
    # class statements (type_new, PyType_Ready, the class body's frame and namespace dict)
    P("class_empty", "class A: pass"),
    P("class_base", "class B(A): pass", "class A: pass"),
    P("class_method", "class A:\n    def m(self): pass"),
    P("class_attr", "class A:\n    x = 1"),
    P("class_two_methods", "class A:\n    def m(self): pass\n    def n(self): pass"),
    P("class_init", "class A:\n    def __init__(self): self.x = 1"),
    P("class_slots", "class A:\n    __slots__ = ('x', 'y')"),
    P("class_slots_str", "class A:\n    __slots__ = 'v'"),
    P("class_slots_list", "class A:\n    __slots__ = ['a', 'b']"),
    P("class_slots_weakref", "class A:\n    __slots__ = ['a', '__weakref__']"),
    P("class_slots_empty", "class A:\n    __slots__ = ()"),
    P("class_decorated", "@d\nclass A: pass", "def d(c): return c"),
    P("class_in_function", "class A: pass", scope="function"),
    P("class_property", "class A:\n    @property\n    def p(self): return 1"),
    P("class_staticmethod", "class A:\n    @staticmethod\n    def s(): pass"),
    P("class_classmethod", "class A:\n    @classmethod\n    def k(cls): pass"),
    P("class_property_value", "class A:\n    p = property(len)"),
    P("class_set_name", "class A:\n    d = D()",
      "class D:\n    def __set_name__(self, owner, name): self.n = name"),
    P("class_super_cell", "class B(A):\n    def m(self): return super().m()", "class A:\n    def m(self): pass"),
    # instances (object_new, _PyObject_GetDictPtr / inline values, subtype_dealloc)
    P("instance", "a = A()", "class A: pass"),
    P("instance_attr", "a = A(); a.x = 1", "class A: pass"),
    P("instance_two_attrs", "a = A(); a.x = 1; a.y = 2", "class A: pass"),
    P("instance_init", "a = A()", "class A:\n    def __init__(self): self.x = 1"),
    P("instance_init_arg", "a = A(5)", "class A:\n    def __init__(self, v): self.x = v"),
    P("instance_slots", "a = A(); a.x = 1", "class A:\n    __slots__ = ('x',)"),
    P("instance_vars", "a = A(); a.x = 1; d = a.__dict__", "class A: pass"),
    P("instance_pair_cycle", "a = A(); b = A(); a.b = b; b.a = a", "class A: pass"),
    P("instance_pair_loop", "for i in range(3):\n    a = A(); b = A(); a.b = b; b.a = a",
      "class A: pass"),
    P("instance_temp", "A()", "class A: pass"),
    P("instance_attr_temp", "A().x = 1", "class A: pass"),
    # functions (func_new, closures' cells and tuples)
    P("def_plain", "def f(): pass"),
    P("def_defaults", "def f(a=1, b=2): pass"),
    P("def_kwdefaults", "def f(*, a=1): pass"),
    P("def_annotations", "def f(a: int) -> int: pass"),
    P("def_closure", "def f():\n    x = 1\n    def g(): return x\n    return g"),
    P("closure_make", "g = f()", "def f():\n    x = 1\n    def g(): return x\n    return g"),
    P("def_decorated", "@d\ndef f(): pass", "def d(fn): return fn"),
    P("lambda", "f = lambda x: x"),
    P("lambda_temp", "(lambda x: x)(1)"),
    # calls
    P("call_py0", "f()", "def f(): pass"),
    P("call_py1", "f(1)", "def f(a): pass"),
    P("call_py_kw", "f(a=1)", "def f(a): pass"),
    P("call_py_star", "f(*t)", "def f(a, b): pass\nt = (1, 2)"),
    P("call_py_starstar", "f(**d)", "def f(a, b): pass\nd = {'a': 1, 'b': 2}"),
    P("call_py_star_list", "f(*t)", "def f(a, b): pass\nt = [1, 2]"),
    P("call_py_star_mixed", "f(1, *t)", "def f(a, b): pass\nt = (2,)"),
    P("call_py_star_empty_kw", "f(*t, **d)", "def f(a, b): pass\nt = (1, 2)\nd = {}"),
    P("call_method_star", "a.m(*t)", "class A:\n    def m(self, v): pass\na = A()\nt = (1,)"),
    P("call_method_starstar", "a.m(**d)", "class A:\n    def m(self, v): pass\na = A()\nd = {'v': 1}"),
    P("call_class_kw", "A(v=1)", "class A:\n    def __init__(self, v): pass"),
    P("call_class_starstar", "A(**d)", "class A:\n    def __init__(self, v): pass\nd = {'v': 1}"),
    P("call_py_varargs", "f(1, 2)", "def f(*args): pass"),
    P("call_py_varkw", "f(a=1)", "def f(**kw): pass"),
    P("call_py_local", "f()", "def f():\n    x = [1]\n    return x"),
    P("call_py_in_function", "f()", "def f(): pass", scope="function"),
    P("call_method", "a.m()", "class A:\n    def m(self): pass\na = A()"),
    P("call_method_arg", "a.m(1)", "class A:\n    def m(self, v): pass\na = A()"),
    P("bound_method", "m = a.m", "class A:\n    def m(self): pass\na = A()"),
    P("call_bound", "m()", "class A:\n    def m(self): pass\na = A()\nm = a.m"),
    P("call_builtin", "len(x)", "x = [1]"),
    P("call_builtin_star", "max(*t)", "t = (1, 2)"),
    P("call_builtin_kw", "sorted(x, reverse=True)", "x = [2, 1]"),
    P("call_staticmethod", "A.s()", "class A:\n    @staticmethod\n    def s(): pass"),
    P("call_classmethod", "A.k()", "class A:\n    @classmethod\n    def k(cls): pass"),
    P("property_get", "a.p", "class A:\n    @property\n    def p(self): return 1\na = A()"),
    P("super_call", "b.m()", "class A:\n    def m(self): pass\nclass B(A):\n    def m(self): super().m()\nb = B()"),
    P("recursion", "f(5)", "def f(n): return f(n - 1) if n else 0"),
    # generators and comprehensions
    P("gen_create", "g = gen()", "def gen():\n    yield 1"),
    P("gen_iterate", "for x in gen(): pass", "def gen():\n    yield 1\n    yield 2"),
    P("gen_list", "list(gen())", "def gen():\n    yield 1\n    yield 2"),
    P("genexpr", "sum(x for x in t)", "t = (1, 2, 3)"),
    P("listcomp", "x = [i for i in t]", "t = (1, 2, 3)"),
    P("listcomp_in_function", "x = [i for i in t]", "t = (1, 2, 3)", scope="function"),
    P("dictcomp", "x = {i: i for i in t}", "t = (1, 2, 3)"),
    P("setcomp", "x = {i for i in t}", "t = (1, 2, 3)"),
    # statements
    P("with", "with C(): pass",
      "class C:\n    def __enter__(self): return self\n    def __exit__(self, *a): pass"),
    P("try_except", "try:\n    raise ValueError\nexcept ValueError:\n    pass"),
    P("exc_instance", "e = ValueError('x')"),
    P("exc_instance_temp", "ValueError('x')"),
    P("raise_instance_bare", "try:\n    raise e\nexcept ValueError:\n    pass", "e = ValueError('x')"),
    P("raise_instance", "try:\n    raise ValueError('x')\nexcept ValueError:\n    pass"),
    P("try_except_as_class", "try:\n    raise ValueError\nexcept ValueError as e:\n    pass"),
    P("try_except_as", "try:\n    raise ValueError('x')\nexcept ValueError as e:\n    pass"),
    P("try_finally", "try:\n    x = 1\nfinally:\n    x = 2"),
    P("raise_in_function", "try:\n    f()\nexcept ValueError:\n    pass", "def f(): raise ValueError"),
    P("try_in_function", "try:\n    raise ValueError\nexcept ValueError:\n    pass", scope="function"),
    P("fstring", "s = f'{x}-{y}'", "x = 1; y = 'a'"),
    P("unpack", "p, q = t", "t = (1, 2)"),
    P("unpack_star", "p, *q = t", "t = (1, 2, 3)"),
    P("unpack_star_list", "p, *q = [1, 2, 3]"),
    P("unpack_star_middle", "p, *q, r = t", "t = (1, 2, 3, 4)"),
    P("tuple_pack", "t = x, y", "x = [1]; y = [2]"),
    P("list_of_iterator", "x = list(it)", "t = (1, 2, 3)\nit = iter(t)"),
    P("list_extend_iterator", "x.extend(it)", "t = (1, 2, 3)\nit = iter(t)\nx = []"),
    P("tuple_of_iterator", "x = tuple(it)", "t = (1, 2, 3)\nit = iter(t)"),
    P("sorted_iterator", "x = sorted(it)", "t = (3, 1, 2)\nit = iter(t)"),
    P("global_store", "g1()", "def g1():\n    global gv\n    gv = 1"),
    P("nonlocal", "f()", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    g()"),
    P("import_gc", "import gc"),
    P("import_sys", "import sys"),
    P("import_weakref", "import weakref"),
    P("del_name", "del x", "x = [1]"),
    P("augassign_int", "x += 1", "x = 5"),
    P("augassign_list", "x += [1]", "x = []"),
    P("list_display", "x = [1, 2]"),
    P("list_display_empty", "x = []"),
    P("dict_display", "x = {'a': 1}"),
    P("dict_display_empty", "x = {}"),
    P("set_display", "x = {1, 2}"),
    P("tuple_display", "x = (y, y)", "y = 1"),
    P("slice_list", "x = t[1:]", "t = [1, 2, 3]"),
    P("slice_tuple", "x = t[1:]", "t = (1, 2, 3)"),
    P("isinstance", "isinstance(x, int)", "x = 1"),
    P("type_of", "t = type(x)", "x = 1"),
    P("type_name_of", "s = type(x).__name__", "x = ValueError()"),
    P("for_list", "for i in t: pass", "t = [1, 2]"),
    P("for_dict", "for k in d: pass", "d = {1: 2}"),
    P("for_dict_items", "for k, v in d.items(): pass", "d = {1: 2}"),
    P("for_range", "for i in range(3): pass"),
    P("for_str", "for ch in 'ab': pass"),
    P("for_zip", "for p in zip(t, t): pass", "t = [1, 2]"),
    P("for_enumerate", "for i, x in enumerate(t): pass", "t = [1, 2]"),
    P("for_map", "for x in map(str, t): pass", "t = [1, 2]"),
    P("for_filter", "for x in filter(None, t): pass", "t = [1, 2]"),
    P("append", "x.append(1)", "x = []"),
    P("append_if", "x.append(1)\nif 3 % 2 == 0:\n    pass", "x = []"),
]


PRELUDE = "import gc\nimport sys\ngc.disable()\nc = gc.get_count\nn = sys.getallocatedblocks\na0 = a1 = b0 = b1 = 0\nkeep = None\n"
MEASURE = ("keep = None\ngc.collect()\nkeep = [[] for i in range(100)]\n{warmup}"
           "a0 = c()[0]; b0 = n()\n{code}\na1 = c()[0]; b1 = n()\nprint({name!r}, a1 - a0, b1 - b0)\n")


def probe_source(probe: Probe, warm: bool) -> str:
    """The program text of one probe (module level, or a function body called once); `warm` runs the
    snippet once more before it is measured, so the free lists hold what it leaves behind."""
    warmup = probe.code + "\n" if warm else ""
    body = probe.setup + "\n" + MEASURE.format(code=probe.code, name=probe.name, warmup=warmup)
    if probe.scope == "module":
        return body
    return (f"def probe_{probe.name}():\n    global a0, a1, b0, b1, keep\n"
            + textwrap.indent(body, "    ") + f"probe_{probe.name}()\n")


def program(probes: list[Probe], warm: bool) -> str:
    return PRELUDE + "".join(probe_source(p, warm) for p in probes)


def measure(run, probes: list[Probe], where: Path, warm: bool) -> dict[str, str]:
    """{probe name: "count blocks"} from one run; a failing run is retried probe by probe."""
    path = where / "probes.py"
    path.write_text(program(probes, warm), encoding="utf-8")
    outcome = run(path)
    if outcome.status == 0:
        found = {}
        for line in outcome.stdout.splitlines():
            name, count, blocks = line.split()
            found[name.strip("'")] = f"{count}/{blocks}"
        return found
    if len(probes) == 1:
        last = (outcome.stderr.strip().splitlines() or [outcome.note or "?"])[-1]
        return {probes[0].name: f"error: {last[:60]}"}
    result: dict[str, str] = {}
    for p in probes:
        result.update(measure(run, [p], where, warm))
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--python", default="all")
    ap.add_argument("--all", action="store_true", help="show every probe, not only the mismatches")
    ap.add_argument("--blocks", action="store_true", help="also count allocated-block differences")
    ap.add_argument("--warm", action="store_true", help="run each snippet once before measuring it")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args(argv)
    versions = parse_versions(args.python)
    interps = installed_interpreters()
    probes = [p for p in PROBES if not args.names or any(s in p.name for s in args.names)]
    real: dict[str, dict[str, str]] = {}
    model: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(tmp)
        for v in versions:
            real[v] = measure(lambda path, v=v: run_real(interps[v], path, DEFAULT_TIMEOUT), probes, where, args.warm)
            model[v] = measure(lambda path, v=v: run_model(path, v), probes, where, args.warm)

    def differs(r: str, m: str) -> bool:
        return r != m if args.blocks else r.split("/")[0] != m.split("/")[0]

    print("| probe | " + " | ".join(versions) + " |")
    print("|---|" + "---|" * len(versions))
    bad = 0
    for p in probes:
        cells, wrong = [], False
        for v in versions:
            r, m = real[v].get(p.name, "-"), model[v].get(p.name, "-")
            wrong |= differs(r, m)
            cells.append(r if r == m else f"{r} **{m}**")
        bad += wrong
        if wrong or args.all:
            print(f"| {p.name} | " + " | ".join(cells) + " |")
    print(f"{bad} of {len(probes)} probes differ (CPython first, **model** after it)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
