"""What single statements allocate, as generation 0 counts it (allocations of GC objects not served
by a free list, minus frees not parked on one): each test runs a snippet on the model and expects
the figures the real interpreters printed for it, measured with
``PYENV_VERSION=3.8.18|3.9.18|3.10.13|3.11.7|3.12.1|3.13.0 python snippet.py`` (the snippet is the
test's program, run as a file). scripts/count_deltas.py measures such deltas for many statements.
"""

from __future__ import annotations

import pytest

from heapglass.interp.api import run_source


def run(source: str, version: str) -> str:
    r = run_source(source, "snippet.py", version)
    assert r.status == 0, r.stderr
    return r.stdout


SLOTS = """import gc
gc.collect()
keep = [[] for i in range(100)]
c = gc.get_count
a0 = c()[0]
class Q:
    __slots__ = 'v'
a1 = c()[0]
class R:
    __slots__ = ['a', '__weakref__']
a2 = c()[0]
print(a1 - a0, a2 - a1)
"""


@pytest.mark.parametrize(("version", "expected"), [
    ("3.8", "13 10"), ("3.9", "13 10"), ("3.10", "14 9"), ("3.11", "12 8"), ("3.12", "12 8"), ("3.13", "12 8")])
def test_slots_tuple_is_released_before_or_after_the_sorted_copy(version: str, expected: str) -> None:
    """type_new packs empty bases into (object,) before it reads __slots__; it makes __slots__ a
    tuple (PyTuple_Pack of a str, PySequence_Tuple of a list) and the sorted names list's tuple.
    3.8-3.9 release the first before making the second, which reuses it from the free list; 3.10+
    make the second first (fact type_new_frees_slots_before_copy)."""
    assert run(SLOTS, version) == expected + "\n"


SET_NAME = """import gc
gc.collect()
keep = [[] for i in range(100)]
c = gc.get_count
a0 = c()[0]
class A:
    pass
a1 = c()[0]
class B:
    p = property(len)
a2 = c()[0]
print(a1 - a0, a2 - a1, hasattr(property, '__set_name__'))
"""


@pytest.mark.parametrize(("version", "expected"), [
    ("3.8", "12 9 False"), ("3.9", "12 9 False"), ("3.10", "12 9 True"), ("3.11", "10 9 True"),
    ("3.12", "10 9 True"), ("3.13", "10 9 True")])
def test_property_set_name_is_bound_and_called_by_type_new(version: str, expected: str) -> None:
    """3.10+ property has __set_name__ (METH_VARARGS): type_new_set_names binds it to the property
    (_PyObject_LookupSpecial: a bound builtin method) and calls it with an args tuple."""
    assert run(SET_NAME, version) == expected + "\n"


TYPE_OF = """import gc
c = gc.get_count
x = 5
gc.collect(); a0 = c()[0]; t = type(x); a1 = c()[0]; z = (x,); a2 = c()[0]
print(a1 - a0, a2 - a1)
"""


@pytest.mark.parametrize(("version", "expected"), [
    ("3.8", "2 0"), ("3.9", "2 0"), ("3.10", "1 1"), ("3.11", "1 1"), ("3.12", "1 1"), ("3.13", "1 1")])
def test_type_of_one_argument_makes_an_args_tuple_before_type_vectorcall(version: str, expected: str) -> None:
    """type(x) goes through tp_call with a 1-tuple until 3.10's type_vectorcall (a fresh tuple once
    a collection emptied the free list, which the next 1-tuple then reuses)."""
    assert run(TYPE_OF, version) == expected + "\n"


SORTED = """import gc
x = [3, 1, 2]
gc.collect()
c = gc.get_count
a0 = c()[0]; y = sorted(x); a1 = c()[0]; y = sorted(x); a2 = c()[0]
print(a1 - a0, a2 - a1)
"""


@pytest.mark.parametrize(("version", "expected"), [
    ("3.8", "3 1"), ("3.9", "2 1"), ("3.10", "2 1"), ("3.11", "2 1"), ("3.12", "2 1"), ("3.13", "2 1")])
def test_sorted_calls_the_new_lists_bound_sort_method(version: str, expected: str) -> None:
    """builtin_sorted gets the new list's bound sort method (a builtin method object); 3.8 parks it
    on the PyCFunction free list, emptied by the collection, so only the first sorted() counts it."""
    assert run(SORTED, version) == expected + "\n"


IMPORTS = """import sys
sys._debugmallocstats()
import gc
sys._debugmallocstats()
gc.collect()
import math
sys._debugmallocstats()
"""


def test_first_imports_leave_two_builtin_methods_on_the_3_8_free_list() -> None:
    """3.8: start-up leaves 3 PyCFunction objects on their free list; a first import's module
    functions take them, and _ModuleLock.release's `with self.lock:` leaves two (the lock's bound
    __enter__ and __exit__), also after a collection emptied the list (fact
    import_lock_bound_methods). Measured: the 'free PyCFunctionObjects' lines of the three dumps."""
    r = run_source(IMPORTS, "snippet.py", "3.8")
    assert r.status == 0, r.stderr
    free = [line.split()[0] for line in r.stderr.splitlines() if "free PyCFunctionObjects" in line]
    assert free == ["3", "2", "2"]


STARRED = """import gc
t = (1, 2, 3)
gc.collect()
c = gc.get_count
a0 = c()[0]; p, *q = t; a1 = c()[0]; x = list(iter(t)); a2 = c()[0]
print(a1 - a0, a2 - a1, q, x)
"""


@pytest.mark.parametrize(("version", "expected"), [
    ("3.8", "3 2"), ("3.9", "2 1"), ("3.10", "2 1"), ("3.11", "2 1"), ("3.12", "2 1"), ("3.13", "2 1")])
def test_list_extend_asks_the_iterators_length_hint(version: str, expected: str) -> None:
    """A starred target (unpack_iterable: PySequence_List of the tuple's iterator) and list(iterator)
    run list_extend, whose PyObject_LengthHint binds the iterator's __length_hint__: a builtin
    method object, left on 3.8's free list (one count more there)."""
    assert run(STARRED, version) == expected + " [2, 3] [1, 2, 3]\n"


PRESIZE = """class L:
    def __iter__(self):
        print("iter")
        return iter([1, 2])
    def __len__(self):
        print("len")
        return 2
class H:
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        print("hint")
        return 2
print(list(L()), tuple(H()), sorted(H()))
"""


@pytest.mark.parametrize(("version", "expected"), [
    ("3.8", "len iter len"), ("3.9", "len iter len"), ("3.10", "iter len"), ("3.11", "iter len"),
    ("3.12", "iter len"), ("3.13", "iter len")])
def test_list_and_tuple_ask_len_or_length_hint_of_the_iterable(version: str, expected: str) -> None:
    """list(x) asks len(x) to preallocate before extending on 3.8-3.9 (fact list_init_presizes);
    list_extend and PySequence_Tuple take the iterator first, then PyObject_LengthHint(x)."""
    assert run(PRESIZE, version).split("\n") == [*expected.split(), "hint", "hint", "[1, 2] (1, 2) [1, 2]", ""]
