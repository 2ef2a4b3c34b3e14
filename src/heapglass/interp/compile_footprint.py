"""What compiling the main script does to the heap before its first statement runs.

CPython compiles ``__main__`` on its own heap: pyrun_file → the parser (an AST arena) →
PyAST_CompileObject (compiler_init, _PyAST_Optimize, PySymtable_BuildObject, compiler_mod, assemble,
compiler_free). Most of what it allocates is gone before the first statement, but it moves the gc
counters (a GC allocation not served by a free list counts, a GC free not parked on one uncounts),
it can cross threshold 0 (3.8-3.11 collect right inside the allocation, 3.12+ schedule a collection
for the first eval-breaker check), it leaves free lists fuller, and the code objects keep their
tuples (co_consts, co_names, co_varnames ...), tracked until a collection untracks the atomic ones.

This module replays that sequence on the model heap, with CPython's function names, for the unit
shapes of the program (`compile_shapes.py`): the host compiler gives each code object's names and
constants; the profile (gc section, ``compile_*`` facts) says what each phase of that version
allocates. The model's own compiler (`compiler.py`) has already made the constants (the parser's and
the AST optimizer's objects); the replay finds them with `Compiler.lookup_const`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .code_lifetime import module_code_freed
from .compile_match import compiler_made_constants, replay_compiler_match
from .compile_shapes import Block, Unit, arena_constants, const_key, constant_defaults, is_shared_atom
from .settable import new_set_of

if TYPE_CHECKING:
    from ..heap.objects import HObject
    from .compiler import Compiler
    from .runtime import Runtime


class CompileFootprint:
    """One replay of PyAST_CompileObject for the main module; what outlives it (the code objects'
    tuples, the parser arena) is freed by `finish_module` when the module has run."""

    def __init__(self, rt: Runtime, compiler: Compiler) -> None:
        self.rt = rt
        self.compiler = compiler
        self.facts = rt.profile.gc
        self.const_cache: Any = None          # c->c_const_cache (the dict object) ...
        self.cache_keys: dict[Any, HObject | None] = {}   # ... and the keys it holds
        self.cache_objs: dict[Any, HObject] = {}          # the constant each added key stands for
        self.module_tuples: list[HObject] = []  # the module code's co_consts, co_names ...
        self.code_tuples = self.module_tuples     # ... or the current unit's
        self.unit_tuples: dict[int, list[HObject]] = {}   # id(unit): a nested code's tuples
        self.module_unit: Unit | None = None
        self.arena: HObject | None = None     # the parser arena's a_objects list
        self.peephole_folded: set[Any] = set()  # const_keys of defaults tuples (compile_peephole_...)
        self.static_attributes: set[Any] = set()  # const_keys of the classes' __static_attributes__
        self.made_consts: dict[str, list[Any]] = {}  # per unit qualname: constants compile.c makes

    # ------------------------------------------------------------------ allocation helpers
    def new_dict(self) -> HObject:
        return self.rt.new_dict()

    def new_list(self) -> HObject:
        return self.rt.list_steal([])

    def new_set(self) -> HObject:
        return new_set_of(self.rt, self.rt.t_set, [], True)

    def release(self, objs: list[HObject]) -> None:
        for o in reversed(objs):
            self.rt.decref(o)

    # ------------------------------------------------------------------ the whole compilation
    def run(self, tree: Any, module: Unit, top: Block) -> None:
        """pyrun_file up to the first statement: the arena, then PyAST_CompileObject."""
        self.module_unit = module
        self.arena = self.parser_arena(arena_constants(tree, self.compiler.source_lines) + self.fold_results(tree))
        self.peephole_folded = constant_defaults(tree)
        self.static_attributes = {const_key(u.static_attributes) for u in module.walk()
                                  if u.static_attributes is not None}
        self.made_consts = compiler_made_constants(tree)
        # compiler_init: the constant cache and the unit stack exist before the symbol table
        self.const_cache = self.new_dict()
        c_stack = self.new_list()
        st = self.symtable_build(top)
        replay_compiler_match(self, tree)
        self.compiler_unit(module)
        # compiler_free: PySymtable_Free, then the constant cache (its key tuples) and the stack
        self.release(st)
        self.release([k for k in self.cache_keys.values() if k is not None])
        self.release([self.const_cache, c_stack])
        self.const_cache = None
        self.cache_keys = {}
        self.cache_objs = {}

    def finish_module(self) -> None:
        """run_mod returned: the module's code object and the parser arena are freed (pyrun_file).
        The nested code objects go when nothing else holds them (code_lifetime.py)."""
        self.release(self.module_tuples)
        self.module_tuples = []
        if self.module_unit is not None:
            module_code_freed(self.rt, self.module_unit, self.unit_tuples)
            self.module_unit, self.unit_tuples = None, {}
        if self.arena is not None:
            self.rt.decref(self.arena)
            self.arena = None

    # ------------------------------------------------------------------ parser
    def parser_arena(self, constants: list[tuple[Any, bool | None]]) -> HObject:
        """_PyArena_New's a_objects list and the constant objects of every occurrence: the model's
        compiler made one object per distinct value; CPython makes one per occurrence (the PEG
        parser even makes a float literal once per grammar rule that tries the token, profile
        compile_floats_per_literal), and the arena keeps them all until the module has run."""
        arena = self.new_list()
        seen: set[Any] = set()
        per_literal, first_in_value = self.facts.compile_floats_per_literal
        for value, starts_value in constants:
            # a number token is read once per rule that tries it (floats and ints alike); a small
            # int or one-character string is the cached object, each reading one more reference
            number = isinstance(value, (int, float)) and not isinstance(value, bool) and starts_value is not None
            copies = per_literal + (first_in_value if starts_value else 0) if number else 1
            key = const_key(value)
            if key not in seen:
                seen.add(key)
                if not is_shared_atom(value) or self.compiler.lookup_const(value) is self.shared(value):
                    copies -= 1      # the model's compiler made that object: its reference is this one
            for _ in range(copies):
                obj = self.arena_copy(value)
                self.rt.list_append(arena, obj)   # type: ignore[arg-type]
                self.rt.decref(obj)
        return arena

    def fold_results(self, tree: Any) -> list[tuple[Any, bool | None]]:
        """The shared atoms the AST optimizer's folds produce (fold_binop, fold_unaryop, fold_subscr:
        make_const adds each result to the arena): `-5`, `2 * 3`, `"abc"[1]`, one per fold step."""
        import ast

        from .compile_expr import NOT_CONST
        found = []
        for node in ast.walk(tree):
            if isinstance(node, (ast.BinOp, ast.UnaryOp, ast.Subscript)):
                v = self.compiler.folded(node)
                if v is not NOT_CONST and is_shared_atom(v):
                    found.append((v, None))     # made once, not read by the parser
        return found

    def arena_copy(self, value: Any) -> HObject:
        """Another object for a constant occurrence: a float, or a folded tuple whose items are the
        objects of the same occurrence (inner tuples are new, atoms the existing ones)."""
        if isinstance(value, tuple):
            return self.rt.tuple_steal([self.arena_copy(v) if isinstance(v, tuple) else self.existing(v)
                                        for v in value])
        if isinstance(value, float):
            return self.rt.new_float(value)
        if is_shared_atom(value):
            return self._own(self.shared(value))
        return self.existing(value)

    def shared(self, value: Any) -> HObject:
        """The cached object the parser reads a shared atom as (borrowed): the small int, or the
        latin-1 / single-byte singleton — not the other interned copy some versions keep of a few
        one-character names (interning.py)."""
        rt = self.rt
        if isinstance(value, int):
            return rt.small_ints[value + 5]
        if isinstance(value, str):
            return rt.chars[ord(value)] if value else rt.empty_str
        return rt.byte_chars[value[0]] if value else rt.empty_bytes

    def existing(self, value: Any) -> HObject:
        obj = self.compiler.lookup_const(value)
        return self._own(obj) if obj is not None else self.folded_const(value)

    # ------------------------------------------------------------------ symtable.c
    def symtable_build(self, top: Block) -> list[HObject]:
        """PySymtable_BuildObject: symtable_new (st_blocks, st_stack), one entry per block
        (symtable_enter_block → ste_new), then symtable_analyze. Returns what PySymtable_Free frees."""
        kept = [self.new_dict(), self.new_list()]
        self.symtable_enter_block(top, kept)
        self.symtable_analyze(top)
        return kept

    def symtable_enter_block(self, block: Block, kept: list[HObject]) -> None:
        """ste_new: ste_symbols dict, ste_varnames list, ste_children list (the entry itself is not a
        GC object); a block with global/nonlocal statements gets its ste_directives list, with one
        (name, positions...) tuple per declared name (symtable_record_directive)."""
        kept.extend(self.new_dict() if kind == "dict" else self.new_list()
                    for kind in self.facts.compile_ste_objects)
        if block.directives:
            directives = self.new_list()
            for name, lineno in block.directives:
                positions = [self.rt.from_host(lineno) for _ in range(self.facts.compile_directive_len - 1)]
                entry = self.rt.tuple_steal([self._own(self.rt.str_const(name)), *positions])
                self.rt.list_append(directives, entry)   # type: ignore[arg-type]
                self.rt.decref(entry)
            kept.append(directives)
        for child in block.children:
            self.symtable_enter_block(child, kept)

    def symtable_analyze(self, top: Block) -> None:
        """symtable_analyze: the free and global (and type_params) sets of the top block, then
        analyze_block."""
        sets = [self.new_set() for _ in range(self.facts.compile_analyze_top_sets)]
        self.analyze_block(top)
        self.release(sets)

    def analyze_block(self, block: Block) -> None:
        """analyze_block: local, scopes (a dict), newglobal, newfree, newbound, allfree or
        inlined_cells; each child is analysed by analyze_child_block with copies of the sets it
        passes down; update_symbols then iterates the block's free set (a set iterator, made and
        freed: [GDB 3.8.18-3.13.0] one set_iter from update_symbols per block)."""
        temps = [self.new_dict() if kind == "dict" else self.new_set()
                 for kind in self.facts.compile_analyze_block_objects]
        for child in block.children:
            copies = [self.new_set() for _ in range(self.facts.compile_analyze_child_sets)]
            self.analyze_block(child)
            self.release(copies)
        # update_symbols: PyObject_GetIter(free), the free names its children did not resolve
        newfree = next(t for t in reversed(temps) if t.ob_type is self.rt.t_set)
        self.rt.decref(self.rt.get_iter(newfree))
        self.release(temps)

    # ------------------------------------------------------------------ compile.c
    def compiler_unit(self, unit: Unit) -> None:
        """compiler_enter_scope, the body (constants and nested units in order), makecode,
        compiler_exit_scope."""
        unit_dicts = self.compiler_enter_scope(unit)
        outer = self.code_tuples
        if unit.kind != "module":
            self.code_tuples = self.unit_tuples[id(unit)] = []
        consts: list[HObject] = []
        made: dict[Any, int] = {}
        for v in self.made_consts.get(unit.qualname, []):
            made[const_key(v)] = made.get(const_key(v), 0) + 1
        for at, value in enumerate(unit.consts):
            self.inlined_comprehension_states(unit, at)
            if isinstance(value, Unit):
                if value.kind == "function" and self.facts.compile_annotations_list:
                    self.rt.decref(self.new_list())   # compiler_visit_annotations' names list
                self.compiler_unit(value)
                consts.append(self.rt.none)   # a code object: not a GC object, atomic for the gc
            elif unit.static_attributes is not None and value is unit.static_attributes:
                consts.append(self.compiler_static_attributes_tuple(value))
            elif any(value is u for u in unit.unused):
                self.compiler_add_const(value)   # its key stays in the cache; co_consts drops it
            elif const_key(value) in made:
                consts.append(self.compiler_made_const(value, made[const_key(value)]))
            else:
                consts.append(self.compiler_add_const(value))
        self.inlined_comprehension_states(unit, len(unit.consts))
        self.makecode(unit, consts)
        self.code_tuples = outer
        self.release(unit_dicts)

    def inlined_comprehension_states(self, unit: Unit, at: int) -> None:
        """push_inlined_comprehension_state for each comprehension inlined where the unit's code
        reaches its constant `at`: the objects that isolate the names it binds (profile
        compile_inlined_comprehension_state), freed by pop_inlined_comprehension_state."""
        kinds = self.facts.compile_inlined_comprehension_state.get(unit.kind, ())
        for _ in range(unit.inlined_at.count(at)):
            self.release([self.new_set() if kind == "set" else self.new_dict() if kind == "dict"
                          else self.new_list() for kind in kinds])

    def compiler_enter_scope(self, unit: Unit) -> list[HObject]:
        """u_varnames (list2dict), u_cellvars and u_freevars (dictbytype, which sorts a PyDict_Keys
        list of the block's symbols), u_consts, u_names (and u_fasthidden where the version has it)."""
        made = []
        for kind in self.facts.compile_unit_objects:
            if kind == "keys_list":
                self.rt.decref(self.new_list())
            else:
                made.append(self.new_dict())
        return made

    def compiler_static_attributes_tuple(self, value: tuple) -> HObject:
        """compiler_static_attributes_tuple (3.13): the class's attribute names as a list (sorted),
        then a new tuple, added by compiler_add_const. The model's compiler made an object for it (the
        class body stores it), which stands for the new tuple; but where an equal tuple is cached
        already (a method's co_names: `code_tuple` gave it the compiler's object), the new one is
        merged into it and freed."""
        self.rt.decref(self.new_list())       # PySequence_List(u_static_attributes)
        fresh = self.folded_const(value) if const_key(value) in self.cache_objs else None
        obj = self.compiler_add_const(value)
        if fresh is not None:
            self.rt.decref(fresh)
        return obj

    def compiler_add_const(self, value: Any) -> HObject:
        """compiler_add_const → merge_consts_recursive: the constant's key (_PyCode_ConstantKey) goes
        in c_const_cache unless an equal one is there. Returns the object co_consts will hold."""
        hkey = const_key(value)
        obj = self.compiler.lookup_const(value)
        fresh = obj is None
        if fresh:
            obj = self.folded_const(value)          # folded after the AST stage (peephole / CFG)
        else:
            self.compiler.charge_folded(obj)        # the compiler made it early, unaccounted
        if self.facts.compile_peephole_folds_tuples and hkey in self.peephole_folded:
            self.code_tuples.append(obj)            # appended to the consts list, no cache key
            return obj
        if self.merge_consts_recursive(value, obj):
            if fresh:
                self.code_tuples.append(obj)
            return obj
        cached = self.cache_objs.get(hkey)
        if fresh and cached is not None:
            self.rt.decref(obj)                     # the equal constant made before is used
            return cached
        if fresh:
            self.code_tuples.append(obj)
        return obj

    def compiler_made_const(self, value: Any, occurrences: int) -> HObject:
        """A tuple compile.c makes itself, once per occurrence (a class pattern's attribute names,
        a mapping pattern's keys folded by the optimizer): each is merged (merge_consts_recursive)
        and freed when an equal constant is cached already (a literal one is added first)."""
        result = self.compiler_add_const(value) if self.compiler.lookup_const(value) is not None else None
        for _ in range(occurrences):
            obj = self.folded_const(value)
            if self.merge_consts_recursive(value, obj):
                self.code_tuples.append(obj)
                result = obj
            else:
                self.rt.decref(obj)
                result = self.cache_objs.get(const_key(value), result)
        assert result is not None
        return result

    def merge_consts_recursive(self, value: Any, obj: HObject) -> bool:
        """merge_consts_recursive: the constant's key goes in c_const_cache unless an equal one is
        there (False); a new tuple's items are merged too, each computing its own key again (the
        item keys inside the tuple's key are other objects). None and Ellipsis have no key."""
        if value is None or value is Ellipsis:
            return True
        hkey = const_key(value)
        if not self.merge(hkey, self.constant_key(value, obj)):
            return False
        self.cache_objs[hkey] = obj
        if isinstance(value, tuple):
            for v, o in zip(value, getattr(obj, "items", []), strict=True):
                self.merge_consts_recursive(v, o)
        return True

    def folded_const(self, value: Any) -> HObject:
        """A constant the model's compiler did not make: a tuple or frozenset the optimizer folded
        (`x in {1, 2}`, defaults), or Ellipsis."""
        rt = self.rt
        if value is Ellipsis:
            return self._own(rt.ellipsis)
        if isinstance(value, frozenset):
            # the host frozenset's order stands for the source order; strings hash randomly on the host,
            # so a frozenset holding any is taken in a fixed order instead
            members = list(value)
            if any(isinstance(v, (str, bytes, tuple)) for v in members):
                members.sort(key=lambda v: (type(v).__name__, repr(v)))
            return new_set_of(rt, rt.builtin_types["frozenset"], [self.folded_const(v) for v in members], True)
        if isinstance(value, tuple):
            return rt.tuple_steal([self.folded_const(v) for v in value])
        return rt.from_host(value)

    def constant_key(self, value: Any, obj: HObject) -> HObject | None:
        """_PyCode_ConstantKey: None, ints, strs and code objects are their own key (None here: no
        allocation); floats, bytes, bools and complex numbers are (type, value) [+ None for -0.0]; a
        tuple is (tuple of its items' keys, the tuple). (A frozenset's key, a frozenset of keys and
        a pair, is not replayed: None.)"""
        rt = self.rt
        if isinstance(value, tuple):
            items = list(getattr(obj, "items", []))
            keys = [self.constant_key(v, o) or self._own(o) for v, o in zip(value, items, strict=True)]
            return rt.tuple_steal([rt.tuple_steal(keys), self._own(obj)])
        if not isinstance(value, (float, bytes, bool, complex)):
            return None
        items = [self._own(obj.ob_type), self._own(obj)]
        if isinstance(value, float) and value == 0.0 and str(value).startswith("-"):
            items.append(self._own(rt.none))
        return rt.tuple_steal(items)

    def _own(self, o: HObject) -> HObject:
        self.rt.incref(o)
        return o

    def merge(self, hkey: Any, key: HObject | None) -> bool:
        """PyDict_SetDefault(c_const_cache, key, key): a new key stays until compiler_free (True), an
        equal one already there wins and this key is freed (False)."""
        if hkey in self.cache_keys:
            if key is not None:
                self.rt.decref(key)
            return False
        self.cache_keys[hkey] = key
        return True

    def makecode(self, unit: Unit, consts: list[HObject]) -> None:
        """assemble + makecode: the bytes objects the version merges (profile compile_merged_bytes),
        consts_dict_keys_inorder's list, then the code's tuples in the version's order (profile
        compile_code_tuples: the name tuples from dict_keys_inorder, co_consts from PyList_AsTuple;
        each group is built before its tuples are merged), each merged with an equal tuple made
        before (merge_const_tuple / merge_const_one)."""
        rt = self.rt
        for field in self.facts.compile_merged_bytes:
            # the key is (bytes, the code's bytes object); the code's bytes objects are not modelled
            # (like the code object itself), None stands for one in the key
            key = rt.tuple_steal([self._own(rt.t_bytes), self._own(rt.none)])
            self.merge(const_key(unit.code_bytes[field]), key)
        lst = rt.new_list(consts)
        for group in self.facts.compile_code_tuples:
            built = [self.code_tuple(unit, tuple_name, consts, lst) for tuple_name in group]
            for values, t in built:
                if self.merge(const_key(values), self.constant_key(values, t)):
                    self.cache_objs[const_key(values)] = t
                    self.code_tuples.append(t)
                else:
                    rt.decref(t)      # an equal tuple is in the cache: the code uses that one

    def code_tuple(self, unit: Unit, tuple_name: str, consts: list[HObject],
                   lst: HObject) -> tuple[tuple, HObject]:
        """One tuple of the code object and the values it holds: co_consts is PyList_AsTuple of the
        consts list (which is freed then), a name tuple is dict_keys_inorder of the unit's dict."""
        rt = self.rt
        if tuple_name == "consts":
            t = rt.tuple_of(consts)
            rt.decref(lst)
            return tuple(unit.co_consts()), t
        values = tuple(unit.names_of(tuple_name))
        hkey = const_key(values)
        if hkey in self.static_attributes and hkey not in self.cache_objs:
            # a class's __static_attributes__ will be merged into this tuple: the model's compiler
            # made that constant, so it is this tuple (compiler_static_attributes_tuple)
            made = self.compiler.lookup_const(values)
            if made is not None:
                return values, self._own(made)
        return values, rt.tuple_steal([self._own(rt.str_const(n)) for n in values])
