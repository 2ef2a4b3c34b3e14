"""Metaclasses (interp/metaclasses.py): __build_class__'s metaclass, __prepare__ and keywords,
type_new for a heap metatype, type.__call__ overridden, and what a class of a metaclass holds.
Expected outputs were printed by CPython 3.8.18 ... 3.13.0 ([RUN 3.8-3.13] `heapglass conform` on
the same snippet, the conformance environment: PYTHONUNBUFFERED=1, no HOME); the conformance cases
classes/metaclass_* check whole programs.
"""

from __future__ import annotations

import textwrap

import pytest

from heapglass.interp.api import run_source

VERSIONS = ("3.8", "3.9", "3.10", "3.11", "3.12", "3.13")


def _stdout(source: str, version: str) -> str:
    r = run_source(textwrap.dedent(source), "prog.py", version)
    assert r.stderr == ""
    return r.stdout


@pytest.mark.parametrize("version", VERSIONS)
def test_build_class_calls_prepare_new_init_with_the_keywords(version: str) -> None:
    """builtin___build_class__: the metaclass keyword is removed from mkw, the rest go to
    __prepare__, the metaclass call and (through type.__new__) __init_subclass__; the class body
    runs in __prepare__'s namespace."""
    out = _stdout("""
        class M(type):
            @classmethod
            def __prepare__(mcls, name, bases, **kw):
                print("prepare", name, kw)
                return {"pre": 1}
            def __new__(mcls, name, bases, ns, **kw):
                print("new", name, "pre" in ns, kw)
                return super().__new__(mcls, name, bases, ns, **kw)
            def __init__(cls, name, bases, ns, **kw):
                print("init", name, kw)
        class Base(metaclass=M):
            def __init_subclass__(cls, **kw):
                print("init_subclass", cls.__name__, kw)
        class A(Base, x=1):
            pass
        print(type(A).__name__, A.pre)
    """, version)
    assert out.splitlines() == [
        "prepare Base {}", "new Base True {}", "init Base {}",
        "prepare A {'x': 1}", "new A True {'x': 1}", "init_subclass A {'x': 1}", "init A {'x': 1}",
        "M 1"]


@pytest.mark.parametrize("version", VERSIONS)
def test_metaclass_conflict_and_the_more_derived_winner(version: str) -> None:
    """_PyType_CalculateMetaclass: the most derived metaclass among the explicit one and the bases'
    types wins, in a class statement and in type(name, bases, ns); unrelated ones conflict."""
    out = _stdout("""
        class M1(type): pass
        class M2(type): pass
        class M3(M1): pass
        class A(metaclass=M1): pass
        class B(metaclass=M2): pass
        class C(A, metaclass=M3): pass
        class D(C, metaclass=type): pass
        print(type(D).__name__, type(type("E", (C, A), {})).__name__)
        try:
            class F(A, B): pass
        except TypeError as e:
            print(e)
    """, version)
    assert out.splitlines() == [
        "M3 M3", ("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of "
        "the metaclasses of all its bases")]


@pytest.mark.parametrize("version, size", [("3.8", 1064), ("3.9", 1064), ("3.10", 1072), ("3.11", 920),
                                           ("3.12", 936), ("3.13", 944)])
def test_metaclass_size_has_cached_keys_only_through_3_10(version: str, size: int) -> None:
    """type.__sizeof__: a metaclass has cached shared keys through 3.10 (profile
    alloc.metatype_cached_keys), so it reports a class's size there and only the type struct from
    3.11; a class made by a metaclass without __slots__ has a plain class's size."""
    out = _stdout("""
        import sys
        class M(type):
            pass
        class A(metaclass=M):
            pass
        class C:
            pass
        print(sys.getsizeof(M), sys.getsizeof(A) == sys.getsizeof(C))
    """, version)
    assert out == f"{size} True\n"


@pytest.mark.parametrize("version", VERSIONS)
def test_a_class_refers_to_its_metaclass(version: str) -> None:
    """A class holds its heap metaclass as ob_type (type_new increfs it, subtype_dealloc drops it) and
    visits it first (subtype_traverse before type_traverse); the metaclass's __call__ runs for the
    instances (slot_tp_call)."""
    out = _stdout("""
        import gc, sys
        class M(type):
            def __call__(cls, *a):
                return super().__call__(*a)
        class A(metaclass=M):
            pass
        class B(A):
            pass
        b = B()
        print(sys.getrefcount(A), sys.getrefcount(M), sys.getrefcount(B))
        print(gc.get_referents(B)[0] is M, type(B) is M)
        del A, B, b
        print(gc.collect(), sys.getrefcount(M))
    """, version)
    assert out.splitlines() == ["8 6 4", "True True", "9 4"]


@pytest.mark.parametrize("version", VERSIONS)
def test_type_new_fills_the_class_cell_from_classcell(version: str) -> None:
    """The class body stores its __class__ cell as __classcell__; type_new sets the cell and removes
    the name from the class dict; a metaclass that drops it gets __build_class__'s RuntimeError."""
    out = _stdout("""
        class S(type):
            def __new__(m, name, bases, ns):
                ns = dict(ns)
                del ns["__classcell__"]
                return type.__new__(m, name, bases, ns)
        class R:
            def g(self):
                return super().__eq__(self)
        print(R().g(), "__classcell__" in R.__dict__)
        try:
            class T(metaclass=S):
                def g(self):
                    return super().__eq__(self)
        except RuntimeError as e:
            print(e)
    """, version)
    assert out.splitlines() == ["True False", ("__class__ not set defining 'T' as <class '__main__.T'>. "
                                "Was __classcell__ propagated to type.__new__?")]


@pytest.mark.parametrize("version, first", [("3.8", 9), ("3.9", 9), ("3.10", 9), ("3.11", 8), ("3.12", 8),
                                            ("3.13", 8)])
def test_mro_of_several_bases_goes_through_a_list(version: str, first: int) -> None:
    """mro_internal: mro_implementation's pmerge builds a list for several bases (PySequence_Tuple
    then copies it); the list's free list makes the first class count one more."""
    out = _stdout("""
        import gc
        gc.collect()
        class P: pass
        class Q: pass
        out = []
        for i in range(3):
            a = gc.get_count()[0]
            class A(P, Q):
                pass
            out.append(gc.get_count()[0] - a)
        print(out)
    """, version)
    assert out == f"[{first}, 5, 5]\n"


@pytest.mark.parametrize("version, counts", [("3.8", "[10, 5, 5]"), ("3.9", "[10, 5, 5]"), ("3.10", "[12, 5, 5]"),
                                             ("3.11", "[10, 5, 5]"), ("3.12", "[10, 5, 5]"),
                                             ("3.13", "[10, 5, 5]")])
def test_class_keywords_through_type_vectorcall(version: str, counts: str) -> None:
    """meta(name, bases, ns, **mkw) from __build_class__: from 3.10 type's own vectorcall turns the
    keywords into a kwnames tuple and back into a new dict (profile interp.type_vectorcall); the
    first class finds their free lists empty (without the fact the model says 10 / 8 from 3.10)."""
    out = _stdout("""
        import gc
        gc.disable()
        gc.collect()
        class Base:
            def __init_subclass__(cls, **kw):
                pass
        out = []
        for i in range(3):
            a = gc.get_count()[0]
            class A(Base, k=i):
                pass
            out.append(gc.get_count()[0] - a)
        print(out)
    """, version)
    assert out == counts + "\n"


@pytest.mark.parametrize("version, count", [("3.8", 15), ("3.9", 14), ("3.10", 14), ("3.11", 12), ("3.12", 12),
                                            ("3.13", 12)])
def test_new_is_implicitly_a_staticmethod(version: str, count: int) -> None:
    """type_new_set_staticmethod: a plain function __new__ in the class body is stored wrapped in a
    staticmethod (PyStaticMethod_New, a GC object without sm_init's attribute copies), as a
    metaclass's __new__ always is."""
    out = _stdout("""
        import gc
        gc.collect()
        a = gc.get_count()[0]
        class C:
            def __new__(cls):
                return object.__new__(cls)
        print(gc.get_count()[0] - a, type(C.__dict__["__new__"]).__name__, type(C()).__name__)
    """, version)
    assert out == f"{count} staticmethod C\n"
