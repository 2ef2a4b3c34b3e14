"""The import system's part of a module namespace: `__package__`, `__loader__`, `__spec__`, `__file__`,
`__cached__`, and the objects they name.

CPython gives every module the five entries of module_init_dict (PyModule_NewObject: `__name__`,
`__doc__`, `__package__`, `__loader__`, `__spec__`, the last three None), in that order, and importlib
fills them in place (_bootstrap._init_module_attrs: `__loader__`, `__package__` = spec.parent,
`__spec__`, then `__file__` and `__cached__` for a spec with a location). The values are objects of
the frozen import system: the `BuiltinImporter` class (builtin modules' loader), `ModuleSpec`
instances, and `SourceFileLoader` / `ExtensionFileLoader` instances (Lib/weakref.py, the math
extension, `__main__`).

The model builds those classes at start-up, where CPython has them, by running a cut-down text of
importlib/_bootstrap.py and _bootstrap_external.py (BOOTSTRAP, EXTERNAL: the classes, `__init__`,
`ModuleSpec.__repr__` and its properties, as CPython's; the finder and loader methods the model never
calls are left out) as two modules named `_frozen_importlib` and `_frozen_importlib_external`. So
the classes are heap types of those modules (`<class '_frozen_importlib.BuiltinImporter'>`), the specs
and loaders instances with a `__dict__` made by their own `__init__`, all tracked, and
`repr(gc.__spec__)` runs ModuleSpec.__repr__. The two modules are not entered in sys.modules (the
model's registry holds only the modules a program can import from it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..heap.objects import HObject
    from .objects import HModule
    from .runtime import Runtime

# importlib/_bootstrap.py (3.8-3.13): ModuleSpec as CPython's (class docstring left out),
# BuiltinImporter without its (class and static) methods; `#@if` sections per version (profile fact
# interp.import_bootstrap_sections)
BOOTSTRAP = '''\
class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
#@if uninitialized_submodules
        self._uninitialized_submodules = []
#@end
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
#@if fstring_repr
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'
#@else
        args = ['name={!r}'.format(self.name),
                'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'
                        .format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))
#@end

    @property
    def cached(self):
        return self._cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        else:
            return self.name

    @property
    def has_location(self):
        return self._set_fileattr


class BuiltinImporter:
#@if origin_attr
    _ORIGIN = "built-in"
#@end
    pass
'''

# importlib/_bootstrap_external.py: the loaders' class hierarchy and FileLoader.__init__
EXTERNAL = '''\
class _LoaderBasics:
    pass


class SourceLoader(_LoaderBasics):
    pass


class FileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path


class SourceFileLoader(FileLoader, SourceLoader):
    pass


class ExtensionFileLoader(FileLoader, _LoaderBasics):
    def __init__(self, name, path):
        self.name = name
        self.path = path
'''


# the frozen modules' co_filename (Tools/scripts/freeze_modules.py: '<frozen importlib._bootstrap>')
FROZEN_FILENAMES = {"_frozen_importlib": "<frozen importlib._bootstrap>",
                    "_frozen_importlib_external": "<frozen importlib._bootstrap_external>"}


@dataclass
class ImportMachinery:
    """The frozen import system's modules and the classes module namespaces refer to (borrowed from
    the modules' dicts, which the runtime keeps for the whole run, as the interpreter keeps
    interp->importlib)."""

    bootstrap: HModule
    external: HModule
    builtin_importer: HObject
    module_spec: HObject
    source_file_loader: HObject
    extension_file_loader: HObject


@contextmanager
def import_system_work(rt: Runtime) -> Iterator[None]:
    """The import system's own work (start-up's, or inside an import whose cost is measured): made
    unaccounted (Heap.unaccounted), and its simulated lines are not the program's steps
    (--max-steps counts those)."""
    steps = rt.steps
    try:
        with rt.heap.unaccounted():
            yield
    finally:
        rt.steps = steps


def _run_frozen(rt: Runtime, name: str, text: str) -> HModule:
    """Run `text` as the frozen module `name` (its code's file name is CPython's '<frozen ...>')."""
    from .compiler import compile_module
    from .modules.libsrc import select_sections
    source = select_sections(text, rt.profile.interp.import_bootstrap_sections, name)
    filename = FROZEN_FILENAMES[name]
    module = rt.new_module(name)
    rt.sources[filename] = source
    rt.run_module_code(compile_module(rt, source, filename), module)
    return module


def install_import_machinery(rt: Runtime) -> ImportMachinery:
    """Start-up (_PyImportZip_Init / init_importlib): the two frozen modules and their classes, made
    unaccounted (the measured start-up state covers them) before start-up's objects are settled."""
    with import_system_work(rt):
        bootstrap = _run_frozen(rt, "_frozen_importlib", BOOTSTRAP)
        external = _run_frozen(rt, "_frozen_importlib_external", EXTERNAL)

    def cls(m: HModule, attr: str) -> HObject:
        return m.dict.entries[attr][1]
    machinery = ImportMachinery(bootstrap, external, cls(bootstrap, "BuiltinImporter"),
                                cls(bootstrap, "ModuleSpec"), cls(external, "SourceFileLoader"),
                                cls(external, "ExtensionFileLoader"))
    rt.import_machinery = machinery
    return machinery


def module_init_dict(rt: Runtime, module: HModule) -> None:
    """module_init_dict (moduleobject.c), after `__name__`: `__doc__`, `__package__`, `__loader__`
    and `__spec__`, all None until the module's definition or importlib sets them in place."""
    for key in ("__doc__", "__package__", "__loader__", "__spec__"):
        rt.dict_setitem_str(module.dict, key, rt.none)


def new_spec(rt: Runtime, name: str, loader: HObject, origin: str | None, *,
             loaded: bool = True) -> HObject:
    """ModuleSpec(name, loader, origin=origin) (a new reference). `loaded`: the module went through
    _bootstrap._load_unlocked, which leaves `spec._initializing = False`; the modules _setup found
    loaded (sys, builtins) never do."""
    name_obj = rt.new_str(name)
    kwargs = {}
    if origin is not None:
        kwargs["origin"] = rt.new_str(origin)
    try:
        spec = rt.call(rt.import_machinery.module_spec, [name_obj, loader], kwargs)
    finally:
        rt.decref(name_obj)
        for v in kwargs.values():
            rt.decref(v)
    if loaded:
        rt.setattr(spec, "_initializing", rt.false)
    return spec


def init_module_attrs(rt: Runtime, module: HModule, spec: HObject, *, location: bool = False) -> None:
    """_bootstrap._init_module_attrs(spec, module): `__loader__`, `__package__` (spec.parent), `__spec__`
    replaced in place; for a spec with a location (`location`: spec.has_location) `__file__` =
    spec.origin and, when spec.cached is not None, `__cached__`. Takes over the reference to `spec`."""
    loader = rt.getattr(spec, "loader")
    rt.dict_setitem_str(module.dict, "__loader__", loader, steal=True)
    rt.dict_setitem_str(module.dict, "__package__", rt.getattr(spec, "parent"), steal=True)
    rt.dict_setitem_str(module.dict, "__spec__", spec, steal=True)
    if location:
        rt.dict_setitem_str(module.dict, "__file__", rt.getattr(spec, "origin"), steal=True)
        cached = rt.getattr(spec, "cached")
        if cached is rt.none:
            rt.decref(cached)
        else:
            rt.dict_setitem_str(module.dict, "__cached__", cached, steal=True)


def file_spec(rt: Runtime, name: str, loader_class: HObject, path: str, cached: str | None) -> HObject:
    """spec_from_file_location(name, path, loader=loader_class(name, path)): a spec with a location
    (`_set_fileattr` True) and its `_cached` (a new reference)."""
    path_obj = rt.new_str(path)
    name_obj = rt.new_str(name)
    try:
        loader = rt.call(loader_class, [name_obj, path_obj])
        spec = new_spec(rt, name, loader, path, loaded=False)
    finally:
        rt.decref(name_obj)
        rt.decref(path_obj)
    rt.decref(loader)
    rt.setattr(spec, "_set_fileattr", rt.true)
    if cached is not None:
        cached_obj = rt.new_str(cached)
        rt.setattr(spec, "_cached", cached_obj)
        rt.decref(cached_obj)
    rt.setattr(spec, "_initializing", rt.false)
    return spec


def stdlib_dir(rt: Runtime) -> str:
    """The simulated installation's library directory (conformance shows it as `<stdlib>/`)."""
    major, minor, _ = rt.profile.version_info
    return f"/usr/local/lib/python{major}.{minor}"


def find_builtin_spec(rt: Runtime, name: str) -> tuple[HObject, bool]:
    """The spec importlib finds for builtin module `name` before the module exists (find_spec), and
    whether it has a location: BuiltinImporter's (origin 'built-in'; sys and builtins get theirs from
    _setup's _spec_from_module, whose origin is BuiltinImporter._ORIGIN where it has one) or, for an
    extension module (fact interp.extension_modules), ExtensionFileLoader's of its lib-dynload file.
    Made unaccounted (the import's measured replay, or start-up's state, stands for it)."""
    machinery = rt.import_machinery
    with import_system_work(rt):
        if name in rt.profile.interp.extension_modules:
            major, minor, _ = rt.profile.version_info
            path = f"{stdlib_dir(rt)}/lib-dynload/{name}.cpython-{major}{minor}-x86_64-linux-gnu.so"
            return file_spec(rt, name, machinery.extension_file_loader, path, None), True
        from_setup = name in ("sys", "builtins")
        origin = "built-in"
        if from_setup and "origin_attr" not in rt.profile.interp.import_bootstrap_sections:
            origin = None
        return new_spec(rt, name, machinery.builtin_importer, origin, loaded=not from_setup), False


def builtin_module_attrs(rt: Runtime, module: HModule, name: str, found: tuple[HObject, bool]) -> None:
    """A builtin module's import-system attributes once its definition made it: the version's
    `__doc__` (profile fact interp.module_docs; builtins' is fact builtins_doc), then
    _init_module_attrs with the spec `found` (find_builtin_spec; its reference is taken over) — an
    extension module's `__file__` comes after the names its init put in the dict."""
    docs = rt.profile.interp.module_docs
    spec, location = found
    with import_system_work(rt):
        if name in docs:
            rt.dict_setitem_str(module.dict, "__doc__", rt.new_str(docs[name]), steal=True)
        init_module_attrs(rt, module, spec, location=location)


def source_module_attrs(rt: Runtime, module: HModule, name: str, filename: str) -> None:
    """A pure-Python module's, before its code runs (SourceFileLoader's spec: `__file__` the
    source, `__cached__` its __pycache__ file of this version's cache tag)."""
    major, minor, _ = rt.profile.version_info
    head, _, tail = filename.rpartition("/")
    cached = f"{head}/__pycache__/{tail[:-3]}.cpython-{major}{minor}.pyc"
    with import_system_work(rt):
        spec = file_spec(rt, name, rt.import_machinery.source_file_loader, filename, cached)
        init_module_attrs(rt, module, spec, location=True)


def main_module_attrs(rt: Runtime, main: HModule, filename: str) -> list[HObject]:
    """__main__ of `python FILE`: add_main_module's `__annotations__` dict and `__builtins__` (and its
    `__loader__`, BuiltinImporter), then _PyRun_SimpleFileObject's `__file__` and `__cached__` (None)
    and set_main_loader's SourceFileLoader('__main__', FILE) as `__loader__` (with -c, FILE
    "<string>", none of these three); `__spec__` and `__package__` stay None. Returns the objects
    made (the annotations dict, the loader and its dict)."""
    d = main.dict
    annotations = rt.new_dict()
    made: list[HObject] = [annotations]
    rt.dict_setitem_str(d, "__annotations__", annotations, steal=True)
    rt.dict_setitem_str(d, "__builtins__", rt.builtins_module)    # the dict is tracked from here
    rt.dict_setitem_str(d, "__loader__", rt.import_machinery.builtin_importer)
    if filename == "<string>":      # -c: PyRun_SimpleStringFlags sets none of them
        return made
    rt.dict_setitem_str(d, "__file__", rt.new_str(filename), steal=True)
    rt.dict_setitem_str(d, "__cached__", rt.none)
    name_obj, path_obj = rt.new_str("__main__"), d.entries["__file__"][1]
    try:
        with import_system_work(rt):
            loader = rt.call(rt.import_machinery.source_file_loader, [name_obj, path_obj])
    finally:
        rt.decref(name_obj)
    rt.dict_setitem_str(d, "__loader__", loader, steal=True)
    instance_dict = getattr(loader, "dict", None)
    return made + [loader] + ([instance_dict] if instance_dict is not None else [])


def module_repr(rt: Runtime, module: HModule) -> str:
    """module_repr (moduleobject.c) → _bootstrap._module_repr: from the module's `__spec__`
    (_module_repr_from_spec: `from 'origin'` for a spec with a location, `(origin)` without one, the
    loader without an origin), else its `__file__`, else its `__loader__`; through 3.11 a loader's
    own module_repr comes first (BuiltinImporter's: `(built-in)`; fact
    interp.loader_module_repr). Read without running the Python code (the spec's `_set_fileattr`
    stands for its has_location property)."""
    entries = module.dict.entries

    def entry(d: dict, key: str) -> HObject | None:
        e = d.get(key)
        return None if e is None or e[1] is rt.none else e[1]

    name = module.name
    loader = entry(entries, "__loader__")
    builtin_repr = rt.profile.interp.loader_module_repr
    machinery = getattr(rt, "import_machinery", None)
    if builtin_repr and machinery is not None and loader is machinery.builtin_importer:
        return f"<module {name!r} (built-in)>"
    spec = entry(entries, "__spec__")
    if spec is not None:
        origin, spec_loader = _instance_attr(rt, spec, "origin"), _instance_attr(rt, spec, "loader")
        if origin is None:
            return f"<module {name!r}>" if spec_loader is None else f"<module {name!r} ({rt.repr(spec_loader)})>"
        if _instance_attr(rt, spec, "_set_fileattr") is rt.true:
            return f"<module {name!r} from {rt.repr(origin)}>"
        return f"<module {name!r} ({rt.str(origin)})>"
    filename = entry(entries, "__file__")
    if filename is not None:
        return f"<module {name!r} from {rt.repr(filename)}>"
    return f"<module {name!r}>" if loader is None else f"<module {name!r} ({rt.repr(loader)})>"


def _instance_attr(rt: Runtime, obj: HObject, key: str) -> HObject | None:
    """An instance attribute as stored (its dict, or 3.11+'s inline values), None when unset or None."""
    d = getattr(obj, "dict", None)
    if d is not None:
        e = d.entries.get(key)
        value = None if e is None else e[1]
    else:
        value = (getattr(obj, "values", None) or {}).get(key)
    return None if value is None or value is rt.none else value
