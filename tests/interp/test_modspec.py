"""Module namespaces' import-system attributes (interp/modspec.py): __main__'s names in CPython's
order, builtin modules' __doc__/__package__/__loader__/__spec__, the frozen importlib classes as
tracked heap objects made at start-up.

Expected values: [RUN 3.8.18-3.13.0] the programs below on the real interpreters."""

from __future__ import annotations

import pytest
from modelrun import ALL, run

from heapglass.interp.api import run_source

MAIN_NAMES = ["__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__",
              "__builtins__", "__file__", "__cached__"]


@pytest.mark.parametrize("version", ALL)
def test_main_namespace_order_and_values(version):
    """add_main_module (__annotations__ {}, __builtins__), then __file__, __cached__ None and
    set_main_loader's SourceFileLoader; __package__ and __spec__ stay None."""
    out = run("print(list(globals()))\nprint(__package__, __spec__, __cached__, __annotations__)\n"
              "print(type(__loader__), __loader__.name, __loader__.path == __file__)\n", version)
    assert out == (f"{MAIN_NAMES}\nNone None None {{}}\n"
                   "<class '_frozen_importlib_external.SourceFileLoader'> __main__ True\n")


@pytest.mark.parametrize("version", ALL)
def test_main_loader_is_a_tracked_instance(version):
    out = run("import gc\nprint(gc.is_tracked(__loader__), gc.is_tracked(type(__loader__)), "
              "repr(__loader__).startswith('<_frozen_importlib_external.SourceFileLoader object at 0x'))\n",
              version)
    assert out == "True True True\n"


@pytest.mark.parametrize("version", ALL)
def test_gc_spec_and_namespace_size(version):
    """len(vars(gc)): 29 on 3.8 (no is_finalized), 30 from 3.9."""
    out = run("import gc\nprint(len(vars(gc)), list(vars(gc))[:5])\nprint(gc.__spec__)\n"
              "print(gc.__loader__, repr(gc.__package__), gc.__spec__.origin, gc.__spec__.loader is gc.__loader__)\n",
              version)
    n = 29 if version == "3.8" else 30
    assert out == (f"{n} ['__name__', '__doc__', '__package__', '__loader__', '__spec__']\n"
                   "ModuleSpec(name='gc', loader=<class '_frozen_importlib.BuiltinImporter'>, origin='built-in')\n"
                   "<class '_frozen_importlib.BuiltinImporter'> '' built-in True\n")


@pytest.mark.parametrize("version", ALL)
def test_module_docs_are_the_versions_texts(version):
    out = run("import gc, atexit\nprint(repr(gc.__doc__[:40]))\nprint(repr(atexit.__doc__[:30]))\n", version)
    assert out == "'This module provides access to the garba'\n'allow programmer to define mul'\n"


@pytest.mark.parametrize("version, origin", [("3.8", ""), ("3.9", ", origin='built-in'"),
                                             ("3.13", ", origin='built-in'")])
def test_setup_specs_of_sys_and_builtins(version, origin):
    """_setup's _spec_from_module: origin BuiltinImporter._ORIGIN, which 3.8 lacks; no _initializing."""
    out = run("import sys\nprint(sys.__spec__)\nprint(hasattr(sys.__spec__, '_initializing'), "
              "hasattr(__builtins__.__spec__, '_initializing'))\n", version)
    assert out == (f"ModuleSpec(name='sys', loader=<class '_frozen_importlib.BuiltinImporter'>{origin})\n"
                   "False False\n")


@pytest.mark.parametrize("version, extra", [("3.8", []), ("3.11", ["_uninitialized_submodules"])])
def test_spec_attributes_follow_the_version(version, extra):
    out = run("import gc\nprint(sorted(vars(gc.__spec__)))\n", version)
    names = sorted(["_cached", "_initializing", "_set_fileattr", "loader", "loader_state", "name", "origin",
                    "submodule_search_locations", *extra])
    assert out == f"{names}\n"


@pytest.mark.parametrize("version", ALL)
def test_source_module_attributes(version):
    """Lib/weakref.py: module_init_dict's names, then _init_module_attrs' __file__ and __cached__."""
    out = run("import weakref\nprint(list(vars(weakref))[:8])\nprint(weakref.__cached__.split('/')[-1])\n"
              "print(weakref)\n", version)
    tag = version.replace(".", "")
    assert out == ("['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__file__', '__cached__', "
                   f"'__builtins__']\nweakref.cpython-{tag}.pyc\n"
                   f"<module 'weakref' from '/usr/local/lib/python{version}/weakref.py'>\n")


@pytest.mark.parametrize("version, text", [("3.8", "<module '__main__' (built-in)>"),
                                           ("3.11", "<module '__main__' (built-in)>"),
                                           ("3.12", "<module '__main__' (<class '_frozen_importlib.BuiltinImporter'>)>")])
def test_module_repr_asks_the_loader_through_311(version, text):
    """_module_repr: BuiltinImporter.module_repr until 3.11 (fact loader_module_repr), then (no spec,
    no __file__) the loader's repr."""
    out = run("import gc, sys\n__loader__ = gc.__loader__\ndel __file__\nprint(sys.modules['__main__'])\n",
              version)
    assert out == f"{text}\n"


def test_frozen_classes_are_heap_types_of_their_modules():
    r = run_source("import gc\nL = gc.__loader__\nS = type(gc.__spec__)\n"
                   "print(L.__module__, S.__module__, S.__qualname__, gc.is_tracked(gc.__spec__))\n",
                   "prog.py", "3.12")
    assert r.stdout == "_frozen_importlib _frozen_importlib ModuleSpec True\n"
