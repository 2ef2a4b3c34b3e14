"""sys.modules as the runtime's module registry (interp/module_registry.py), `__main__`'s run
reference, the ** keyword order of a class taking no arguments and builtin types' `__new__`, each
checked against what the real interpreters printed for the same snippet (``PYENV_VERSION=3.8.18|
3.11.7|3.13.0 python snippet.py``, outputs pasted below)."""

from __future__ import annotations

import pytest

from heapglass.interp.api import run_source

VERSIONS = ("3.8", "3.11", "3.13")


def run(source: str, version: str) -> str:
    r = run_source(source, "snippet.py", version)
    assert r.status == 0, r.stderr
    return r.stdout


@pytest.mark.parametrize("version", VERSIONS)
def test_sys_modules_is_the_registry_import_reads(version: str) -> None:
    """sys.modules is one tracked dict holding the model's modules; what a program stores there is what
    `import` returns, deleting an entry makes the next import build a new module, None blocks it."""
    src = ("import sys, gc\nm = sys.modules\nprint(type(m).__name__, m['gc'] is gc, m['sys'] is sys, "
           "gc.is_tracked(m))\nclass B: pass\nb = B()\nm['box'] = b\nimport box\nprint(box is b)\n"
           "del m['gc']\nimport gc as g2\nprint(g2 is gc, m['gc'] is g2)\nm['x'] = None\ntry:\n"
           "    import x\nexcept ImportError as e:\n    print(e)\n")
    assert run(src, version) == ("dict True True True\nTrue\nFalse True\n"
                                 "import of x halted; None in sys.modules\n")


@pytest.mark.parametrize(("version", "refs"), [("3.8", "4 3"), ("3.11", "4 3"), ("3.13", "3 3")])
def test_sys_modules_and_main_references(version: str, refs: str) -> None:
    """sys.modules: the sys dict, the interpreter and, through 3.11, sys's m_copy; __main__: sys.modules
    and _PyRun_SimpleFileObject's reference while the script runs (one more for the argument)."""
    src = "import sys\nprint(sys.getrefcount(sys.modules), sys.getrefcount(sys.modules['__main__']))\n"
    assert run(src, version) == refs + "\n"


@pytest.mark.parametrize("version", VERSIONS)
def test_non_str_starstar_key_on_a_class_taking_no_arguments(version: str) -> None:
    """object_new rejects the arguments of a class with neither __new__ nor __init__ before any keyword
    is read, so a non-str ** key gets "takes no arguments", not "keywords must be strings"."""
    src = ("class D: pass\nfor f in (lambda: D(**{1: 2}), lambda: object(**{1: 2}), lambda: dict(**{1: 2})):\n"
           "    try:\n        f()\n    except TypeError as e:\n        print(e)\n")
    assert run(src, version) == "D() takes no arguments\nobject() takes no arguments\nkeywords must be strings\n"


@pytest.mark.parametrize("version", VERSIONS)
def test_builtin_new_is_a_builtin_bound_to_its_type(version: str) -> None:
    """add_tp_new_wrapper: T.__new__ is a builtin_function_or_method with __self__ T, inherited as the
    same object."""
    src = ("class C: pass\nf = int.__new__\nprint(type(f).__name__, f.__qualname__, f.__self__ is int, "
           "C.__new__ is object.__new__, repr(object.__new__).split(' at ')[0])\n")
    assert run(src, version) == ("builtin_function_or_method int.__new__ True True "
                                 "<built-in method __new__ of type object\n")


@pytest.mark.parametrize(("version", "counts"), [("3.8", "7 7 8 7 4"), ("3.11", "4 4 5 5 3"),
                                                 ("3.13", "4 4 5 5 3")])
def test_dir_allocates_what_cpython_does(version: str, counts: str) -> None:
    """_dir_object: gc.get_count() deltas of dir(x) (given its argument tuple) for an int, a class, a
    fresh instance (its __dict__ made), an instance with attributes and a module: the bound __dir__,
    the names dict, one keys list per class level (3.8 also binds proxy.keys and dict.keys), the
    sorted list."""
    src = ("import gc\ndef delta(args):\n    gc.disable(); gc.collect()\n    a = gc.get_count()[0]\n"
           "    r = dir(*args)\n    b = gc.get_count()[0]\n    return b - a\nclass C:\n    x = 1\n"
           "class D(C): pass\nc = C()\nd = D()\nd.a = 1\nprint(*[delta((o,)) for o in (1, D, c, d, gc)])\n")
    assert run(src, version) == counts + "\n"
