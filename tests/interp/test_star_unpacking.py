"""*- and **-unpacking in calls and displays, and the set tables set_update_internal grows, each checked
against what the real interpreters printed for the same snippet (``PYENV_VERSION=3.8.18|3.11.7|3.13.0
python snippet.py``, outputs pasted below).
"""

from __future__ import annotations

import pytest

from heapglass.interp.api import run_source

VERSIONS = ("3.8", "3.11", "3.13")


def run(source: str, version: str) -> str:
    r = run_source(source, "snippet.py", version)
    assert r.status == 0, r.stderr
    return r.stdout


SET_TABLES = """import sys
s = set(range(6))
t = set(range(40))
for i in range(30):
    t.discard(i)
print(sys.getsizeof({*s}), sys.getsizeof(set(s)), sys.getsizeof({*range(6)}), sys.getsizeof(t), sys.getsizeof(t.copy()))
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_set_tables_follow_set_update_internal(version: str) -> None:
    """A set merged from a set resizes once up front for (used + n) * 2 (16 slots for 6 keys), a range
    adds key by key (32 slots once fill*5 >= mask*3); discards keep the table (64 slots for 10 keys
    left of 40) until a copy merges the 10 into a 32-slot table."""
    assert run(SET_TABLES, version) == "472 472 728 2264 728\n"


STAR_ERRORS = """def f(*a, **k):
    return len(a), sorted(k)
class M:
    def keys(self):
        return ['x']
    def __getitem__(self, key):
        return 1
for call in (lambda: f(**M()), lambda: f(**M(), x=2), lambda: f(1, *2), lambda: f(*2), lambda: [*2]):
    try:
        print(call())
    except TypeError as e:
        print(e)
"""

STAR_ERRORS_38 = """(0, ['x'])
f() got multiple values for keyword argument 'x'
f() argument after * must be an iterable, not int
f() argument after * must be an iterable, not int
'int' object is not iterable
"""

STAR_ERRORS_39 = """(0, ['x'])
__main__.f() got multiple values for keyword argument 'x'
Value after * must be an iterable, not int
__main__.f() argument after * must be an iterable, not int
Value after * must be an iterable, not int
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_star_errors_by_instruction(version: str) -> None:
    """** takes any mapping with keys() and reports a repeated key (format_kwargs_error); a
    non-iterable *-value is check_args_iterable's error naming the callee when CALL_FUNCTION_EX (or
    3.8's BUILD_TUPLE_UNPACK_WITH_CALL) unpacks it, LIST_EXTEND's "Value after *" from 3.9, and
    3.8's BUILD_LIST_UNPACK leaves the iterator's own error."""
    assert run(STAR_ERRORS, version) == (STAR_ERRORS_38 if version == "3.8" else STAR_ERRORS_39)


@pytest.mark.parametrize(("source", "routes"), [
    # (3.9, 3.10, 3.12) as dis shows them: CALL_FUNCTION_EX, LOAD_METHOD, or a plain CALL
    ("f(*a)", ("ex", "ex", "ex")),
    ("f(" + ", ".join(["a"] * 31) + ")", ("plain", "ex", "ex")),
    ("f(" + ", ".join(["a"] * 30) + ")", ("plain", "plain", "plain")),
    ("f(" + ", ".join(["a"] * 15) + ", " + ", ".join(f"k{i}=a" for i in range(8)) + ")", ("plain", "ex", "ex")),
    ("o.m(" + ", ".join(["a"] * 15) + ", " + ", ".join(f"k{i}=a" for i in range(8)) + ")", ("plain", "ex", "method")),
    ("o.m(" + ", ".join(["a"] * 30) + ")", ("method", "plain", "plain")),
    ("o.m(" + ", ".join(["a"] * 29) + ")", ("method", "method", "method")),
    ("o.m(a, k=1)", ("plain", "plain", "method")),
])
def test_call_route_follows_compiler_call_helper(source: str, routes: tuple[str, str, str]) -> None:
    """compiler_call_helper's STACK_USE_GUIDELINE (3.10+: nelts + 2 * nkwelts > 30 goes through
    CALL_FUNCTION_EX) and maybe_optimize_method_call (argsl + kwdsl + (kwdsl != 0) >= 30 declines;
    3.8-3.10 decline keywords: LOAD_ATTR + CALL_FUNCTION_KW), as [RUN] dis on 3.9.18, 3.10.13 and
    3.12.1 shows."""
    import ast
    from types import SimpleNamespace

    from heapglass.interp.compile_expr import ExprCompiler
    from heapglass.profiles import get_profile
    node = ast.parse(source, mode="eval").body
    for version, route in zip(("3.9", "3.10", "3.12"), routes):
        fake = SimpleNamespace(rt=SimpleNamespace(profile=get_profile(version)))
        assert ExprCompiler.call_route(fake, node) == route, version


SEQUENCE_TUPLE = """import gc
def gen(n):
    return (i for i in range(n))
gc.collect()
for n in (7, 12, 30):
    tuple(gen(n))
    c0 = gc.get_count()[0]
    t = tuple(gen(n))
    print(gc.get_count()[0] - c0, len(t), end=' ')
    del t
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_sequence_tuple_allocates_the_hinted_length(version: str) -> None:
    """PySequence_Tuple of a generator (no length hint) allocates 10 slots, grows by 10 + 25% and
    cuts back, so the free list of the result's own length never serves it (the generator and its
    other objects count too: the deltas are the real interpreters', which the model matched only
    once tuple(x) stopped allocating the final length directly)."""
    assert run(SEQUENCE_TUPLE, version) == "2 7 1 12 1 30 "
