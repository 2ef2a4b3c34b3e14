"""Profile section `interp`: how the bytecode interpreter holds references, per CPython version.

Every value here decides what the model's interpreter allocates or counts while running a program:
who owns call arguments, whether frames are objects, where instance attributes live, when automatic
collections may run, how tracebacks look.
"""

from __future__ import annotations

from .base import VERSIONS, Fact, every, since
from .module_docs_data import MODULE_DOCS
from .startup_refs_data import HOME_SET_CHANGES, STARTUP_REFERENCES


def _startup_references(version: str) -> dict[str, dict[str, dict[str, int]]]:
    """{environment: {when: {object: references}}} from the measured tables (startup_refs_data)."""
    unset = STARTUP_REFERENCES.get(version, {})
    home = {when: {**refs, **HOME_SET_CHANGES.get(version, {}).get(when, {})} for when, refs in unset.items()}
    return {"home_unset": unset, "home_set": home}


# method_varargs: METH_VARARGS methods of every version (True: | METH_KEYWORDS), and the find family
_METHOD_VARARGS_ALL = {"str.format": True, "dict.update": True,
                       **{f"{t}.{m}": False for t in ("set", "frozenset") for m in ("union", "intersection",
                                                                                   "difference")},
                       **{f"set.{m}": False for m in ("update", "intersection_update", "difference_update")}}
_METHOD_VARARGS_FIND = {f"{t}.{m}": False for t in ("str", "bytes")
                        for m in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith")}


# builtin_slot_changes: the slot dunders that differ from 3.12's ([RUN 3.8.18-3.13.0])
_COMPLEX_38 = ("__divmod__", "__float__", "__floordiv__", "__int__", "__mod__", "__rdivmod__", "__rfloordiv__",
               "__rmod__")
_NONE_312 = ("__eq__", "__ge__", "__gt__", "__hash__", "__le__", "__lt__", "__ne__")
_NO_GETATTRO_313 = ("float", "str", "frozenset", "dict_keys", "dict_values", "dict_items", "list_iterator",
                    "tuple_iterator", "dict_keyiterator", "dict_valueiterator", "dict_itemiterator",
                    "set_iterator", "range_iterator", "str_ascii_iterator", "str_iterator", "bytes_iterator", "ellipsis",
                    "list_reverseiterator")


FACTS: dict[str, Fact] = {
    "call_moves_args": Fact(
        "A Python-to-Python call moves the callable and the arguments from the caller's value stack "
        "into the new frame (the frame owns them). False: the frame copies (increfs) them and the "
        "caller drops its references after the call returns, so inside f(x) getrefcount(x) is one "
        "higher.",
        since("3.11", False, True),
        "Python/ceval.c 3.8-3.10 call_function/_PyFunction_Vectorcall (args copied into fastlocals); "
        "3.11+ _PyEvalFramePushAndInit 'Takes ownership of func and args'; [RUN] def f(x): return "
        "sys.getrefcount(x) → 4 (3.8-3.10), 3 (3.11+)",
    ),
    "frame_object_per_call": Fact(
        "Every call allocates a frame object (a GC object, reused from the code's zombie frame or the "
        "frame free list). False: execution frames live on the thread's data stack and a frame object "
        "exists only when materialised (sys._getframe, a traceback entry, f_back of such a frame).",
        since("3.11", True, False),
        "Objects/frameobject.c 3.8-3.10 _PyFrame_New_NoTrack (co_zombieframe, free_list); 3.11+ "
        "Python/frame.c _PyFrame_GetFrameObject / _PyFrame_MakeAndSetFrameObject",
    ),
    "materialised_frame_tracked": Fact(
        "A frame object made for a running frame (sys._getframe, a traceback) is GC-tracked at once. "
        "False: it is tracked only when it takes ownership of the frame's data. (3.8-3.10 frames are "
        "always objects, untracked while they run: tracked when a generator owns them or when they "
        "outlive their call.)",
        since("3.11", True, False),
        "Python/frame.c 3.11+ _PyFrame_MakeAndSetFrameObject → _PyFrame_New_NoTrack; take_ownership "
        "tracks; [RUN 3.11.7-3.13.0] gc.is_tracked(frame from sys._getframe() in a generator) False; "
        "[RUN 3.8.18-3.10.13] gc.is_tracked(sys._getframe()) False inside a call, True once returned",
    ),
    "frame_traverse_fields": Fact(
        "What the traversal of a frame's data visits, in order, after f_back (f_trace is never set "
        "here): 'code', 'builtins', 'globals', 'locals' (the f_locals dict), 'frame_obj' (the frame "
        "object of an embedded frame; NULL once that object owns the data), 'func', and "
        "'localsplus' (locals, cells and free variables, then the value stack). 3.8-3.10: "
        "frame_traverse of the frame object; 3.11+: _PyFrame_Traverse of the interpreter frame "
        "(reached from frame_traverse once the object owns it, or from the generator embedding it).",
        since("3.11", ("code", "builtins", "globals", "locals", "localsplus"),
              ("frame_obj", "locals", "func", "code", "localsplus")),
        "Objects/frameobject.c 3.8-3.10 frame_traverse (f_back, f_code, f_builtins, f_globals, "
        "f_locals, f_trace, localsplus, f_valuestack..f_stacktop); Python/frame.c 3.11-3.13 "
        "_PyFrame_Traverse (frame_obj, f_locals, f_func/f_funcobj, f_code/f_executable, "
        "localsplus[:stacktop]); [RUN 3.8.18-3.13.0] tests/interp/test_referents.py probe: "
        "gc.get_referents(frame of a returned call) → frame code dict dict str list frame "
        "(3.8-3.10), frame function code str list frame (3.11+)",
    ),
    "gen_traverse_fields": Fact(
        "What gen_traverse visits before gi_exc_state, in order: 'frame_object' (gi_frame, "
        "3.8-3.10), 'code' (gi_code), 'name', 'qualname', 'frame' (the embedded frame's "
        "_PyFrame_Traverse, while it is not cleared).",
        {"3.8": ("frame_object", "code", "name", "qualname"), "3.9": ("frame_object", "code", "name", "qualname"),
         "3.10": ("frame_object", "code", "name", "qualname"), "3.11": ("code", "name", "qualname", "frame"),
         "3.12": ("name", "qualname", "frame"), "3.13": ("name", "qualname", "frame")},
        "Objects/genobject.c gen_traverse (3.8-3.10 gi_frame, gi_code, gi_name, gi_qualname; 3.11 "
        "gi_code, gi_name, gi_qualname, _PyFrame_Traverse; 3.12+ no gi_code field: the frame's "
        "f_executable); [RUN 3.8.18-3.13.0] def g(): x = 1; yield x; it = g(); next(it); "
        "gc.get_referents(it) → frame code str str (3.8-3.10), code str str function code int (3.11), "
        "str str function code int (3.12, 3.13)",
    ),
    "frame_holds_builtins": Fact(
        "A frame holds a strong reference to its builtins dict (f_builtins) for as long as it has "
        "its data. False: the interpreter frame borrows it from the function.",
        since("3.11", True, False),
        "Objects/frameobject.c 3.8-3.10 _PyFrame_New_NoTrack (Py_INCREF(builtins)) / frame_dealloc; "
        "Include/internal/pycore_frame.h 3.11+ f_builtins 'Borrowed reference'; [RUN 3.8.18, "
        "3.10.13, 3.11.7] sys.getrefcount(builtins dict) inside f() minus at module level: 1 / 3 / 2, "
        "inside g() calling f(): 2 / 4 / 2",
    ),
    "frame_holds_globals": Fact(
        "A frame holds a strong reference to its globals dict (f_globals). False: the interpreter "
        "frame borrows it from its function (or from the code's caller: the module, exec's "
        "argument).",
        since("3.11", True, False),
        "Objects/frameobject.c 3.8-3.10 _PyFrame_New_NoTrack (Py_INCREF(globals)) / frame_dealloc; "
        "Include/internal/pycore_frame.h 3.11+ f_globals 'Borrowed reference'; [RUN 3.8.18-3.13.0] "
        "g = globals(): sys.getrefcount(g) inside f(), and inside a suspended generator's body, minus "
        "at module level: 3 (3.8-3.10), 2 (3.11+)",
    ),
    "gen_end_frame_back": Fact(
        "A generator's frame object that outlives the generator's end (the body returned or raised, "
        "close() included, while something else holds gi_frame) takes ownership with f_back set to "
        "the frame that resumed the body. False: its f_back stays NULL.",
        since("3.12", False, True),
        "Objects/genobject.c 3.8-3.10 gen_send_ex (Py_CLEAR(f->f_back)); 3.11 gen_send_ex2 clears "
        "the frame after it is unlinked; Python/ceval.c 3.12+ clear_gen_frame from "
        "_PyEval_FrameClearAndPop, Python/frame.c take_ownership (f_back from frame->previous); [RUN "
        "3.8.18-3.13.0] fr = it.gi_frame; it.close(); gc.get_referents(fr) starts with a frame on "
        "3.12 (and 3.13 when the yield is inside a try block), fr.f_back the closer's frame",
    ),
    "gen_close_skips_unwind": Fact(
        "close() of a generator suspended at a yield that no try/with statement encloses throws "
        "nothing into it: the generator completes and its frame's locals and value stack are "
        "cleared in place (locals first), the frame staying the generator's (a frame object of it "
        "takes no ownership). False: GeneratorExit is thrown at the yield (gen_send_ex) and the "
        "body unwinds.",
        since("3.13", False, True),
        "Objects/genobject.c 3.13 gen_close (is_resume(frame->instr_ptr) && oparg & "
        "RESUME_OPARG_DEPTH1_MASK: FRAME_COMPLETED, _PyFrame_ClearLocals); [RUN 3.12.1, 3.13.0] "
        "a body holding a = D('a') and b = D('b') and suspended in a for loop over an iterator with "
        "__del__: close() prints del iter, del a, del b on 3.12 and del a, del b, del iter on 3.13; "
        "fr = it.gi_frame; it.close(): gc.is_tracked(fr) True on 3.12, False on 3.13",
    ),
    "frame_holds_function": Fact(
        "An interpreter frame holds a strong reference to its function (f_func), so a generator, or "
        "a frame object that took ownership of its frame, keeps the function alive. (While a call "
        "runs the model counts it as the caller's reference to the callable.)",
        since("3.11", False, True),
        "Include/internal/pycore_frame.h 3.11+ f_func / f_funcobj 'Strong reference'; Python/ceval.c "
        "_PyEvalFramePushAndInit 'Takes ownership of func'; [RUN 3.8.18-3.13.0] def gen(): yield; "
        "g = gen(): sys.getrefcount(gen) grows by 0 (3.8-3.10), 1 (3.11+)",
    ),
    "ex_call_stack_copy": Fact(
        "A call with *args/**kwargs (CALL_FUNCTION_EX) builds the callargs tuple (and kwargs dict), "
        "then, when keywords reach a vectorcall callee, _PyStack_UnpackDict copies every argument "
        "into a new stack array (increfs) for the duration of the call (without keywords the "
        "tuple's item array is passed as is). False (3.12+): the callee's frame is pushed straight "
        "from the tuple and dict, which are released before it runs.",
        since("3.12", True, False),
        "Objects/call.c 3.8-3.11 _PyStack_UnpackDict / PyVectorcall_Call; Python/bytecodes.c 3.12 "
        "CALL_FUNCTION_EX → _PyEvalFramePushAndInit_Ex; [RUN] conformance refcount/star_call_arguments "
        "(9, 10, 10, 10, 6, 6); [RUN 3.8-3.13] def g(a, b): return sys.getrefcount(a); g(*(o, 2)) "
        "→ 4 (3.8-3.13), g(**{'a': o, 'b': 1}) → 6 (3.8-3.11), 4 (3.12+)",
    ),
    "ex_call_copies_kwargs": Fact(
        "f(**d) passes a new dict (DICT_MERGE into a fresh map); False (3.8): an exact dict d itself.",
        since("3.9", False, True),
        "Python/compile.c 3.9 compiler_call_helper (BUILD_MAP + DICT_MERGE); 3.8 CALL_FUNCTION_EX uses "
        "the mapping when PyDict_CheckExact",
    ),
    "annotations_as_tuple": Fact(
        "def with annotations stores them in the function as a flat (name, value, ...) tuple, "
        "turned into the __annotations__ dict when it is first read. False: a dict built at the def "
        "(BUILD_CONST_KEY_MAP).",
        since("3.10", False, True),
        "Python/compile.c 3.10 compiler_visit_annotations (BUILD_TUPLE, MAKE_FUNCTION 0x04 tuple), "
        "Objects/funcobject.c func_get_annotations; [RUN 3.8.18-3.13.0] scripts/count_deltas.py "
        "def_annotations: one more GC object than a plain def on every version; allocated blocks +2 "
        "(3.8/3.9: the dict and its keys) vs +1 (3.10+: the tuple)",
    ),
    "import_spec_initializing_error": Fact(
        "Modules whose import, once they are in sys.modules, reads a missing "
        "__spec__._initializing: the AttributeError is made as an instance (with its args tuple) and "
        "cleared, a GC allocation whose args tuple stays on the tuple free list. Only the modules "
        "importlib's _setup found already loaded (sys, builtins) lack the attribute; every module "
        "imported through importlib has it. Empty: the lookup makes no exception object (3.8/3.9: "
        "an unnormalised error; 3.12+: a lookup that does not raise).",
        {"3.8": frozenset(), "3.9": frozenset(), "3.10": frozenset({"sys", "builtins"}),
         "3.11": frozenset({"sys", "builtins"}), "3.12": frozenset(), "3.13": frozenset()},
        "Python/import.c 3.10/3.11 import_ensure_initialized → _PyModuleSpec_IsInitializing "
        "(_PyObject_GetAttr), Objects/object.c 3.10/3.11 set_attribute_error_context (normalises the "
        "AttributeError to set name/obj); Lib/importlib/_bootstrap.py _setup / _load_unlocked; "
        "[RUN 3.8.18-3.13.0] gc.collect(); `import sys` with sys imported moves gc.get_count()[0] by "
        "1, 1, 2, 2, 1, 1 (the count tuple's 1 included), `import gc` by 1 everywhere; "
        "getattr(sys.__spec__, '_initializing') is missing, gc's is False",
    ),
    "error_indicator_triple": Fact(
        "The thread state holds an error being raised as (type, value, traceback). An error C code "
        "raises with a value that is not an exception instance (PyErr_SetString, PyErr_Format, "
        "PyErr_SetObject, PyErr_SetNone: the message str, KeyError's packed key tuple, "
        "StopIteration's value) has no instance (nor args tuple) until it is normalized: when the "
        "unwind enters a handler (except, finally, with), when it is printed, or at once when it is "
        "raised while another exception is being handled (implicit chaining needs the instance). "
        "The traceback chain PyTraceBack_Here builds is stored on the instance only then too (an "
        "instance raised from Python keeps its old __traceback__ meanwhile). An error C code clears "
        "again (hasattr, getattr with a default, iteration protocols) never becomes an object, and "
        "its traceback never references it. False: the thread state holds one exception object, "
        "made when the error is raised, whose __traceback__ each frame extends.",
        since("3.12", True, False),
        "Python/errors.c 3.8-3.11 _PyErr_SetObject ('We must normalize the value right now' only when "
        "exc_info has a value; tb = PyException_GetTraceback(value) into curexc_traceback), "
        "PyErr_NormalizeException / _PyErr_CreateException; Python/ceval.c 3.8-3.10 exception_unwind "
        "(SETUP_FINALLY block: _PyErr_Fetch, _PyErr_NormalizeException, PyException_SetTraceback), "
        "3.11 exception_unwind (same, exception table); Python/traceback.c 3.8-3.11 PyTraceBack_Here "
        "(_PyErr_Fetch / _PyErr_Restore); 3.12 Python/errors.c _PyErr_SetObject always "
        "_PyErr_CreateException, tstate->current_exception, PyTraceBack_Here → "
        "PyException_SetTraceback; [RUN 3.8.18-3.13.0] gc.collect(); caught weakref.ref((1, 2)) "
        "TypeError moves gc.get_count()[0] by 1, 1, 1, 1, 2, 2 (the call's args tuple is back on the "
        "free list when 3.8-3.11 make the exception's); hasattr(o, 'y') with a __getattr__ doing "
        "`e = AttributeError(n); raise e` leaves getrefcount(o) at 2 on 3.8-3.11, one more per call "
        "(a traceback-frame-exception cycle) on 3.12+",
    ),
    "exc_info_fields": Fact(
        "What the thread's exc_info entry (_PyErr_StackItem) holds, each a new reference, for the "
        "exception a handler (except, finally, with's __exit__) is handling: ('type', 'value', "
        "'traceback') — the type and the traceback as they were when the handler was entered, which "
        "sys.exc_info() and a bare raise read — or ('value',) alone, the type and the traceback read "
        "from the instance (Py_TYPE, PyException_GetTraceback).",
        since("3.11", ("type", "value", "traceback"), ("value",)),
        "Python/ceval.c 3.8-3.10 exception_unwind (SETUP_FINALLY block: Py_INCREF(exc); "
        "exc_info->exc_type = exc; ... exc_info->exc_traceback = tb), do_raise (bare raise restores "
        "exc_info's triple), Python/sysmodule.c sys_exc_info_impl; 3.11+ PUSH_EXC_INFO (exc_info->"
        "exc_value = value), _PyErr_GetHandledException / sys_exc_info_impl (Py_TYPE, "
        "PyException_GetTraceback); [RUN 3.8.18-3.13.0] class E(Exception); in `except E:` "
        "getrefcount(E) 6, 6, 6, 5, 5, 5 (4 outside), in `except E as e` getrefcount(e.__traceback__) "
        "3, 3, 3, 2, 2, 2",
    ),
    "handler_stack_fields": Fact(
        "What the handler's value stack holds of the exception being handled, beside exc_info, while "
        "a finally body runs during the unwind and while with's __exit__ is called (until "
        "END_FINALLY / RERAISE / WITH_EXCEPT_START's cleanup); an except clause pops these (POP_TOP, "
        "or the store to its name) before its body runs.",
        since("3.11", ("type", "value", "traceback"), ("value",)),
        "Python/ceval.c 3.8-3.10 exception_unwind (PUSH(tb); PUSH(val); PUSH(exc) after the previous "
        "exc_info triple), WITH_CLEANUP_START / WITH_EXCEPT_START (calls __exit__ with them); 3.11+ "
        "exception_unwind PUSH(exc) + PUSH_EXC_INFO (the value under the previous exc_info); [RUN "
        "3.8.18-3.13.0] class E(Exception); ex = E(); in `try: raise ex / finally:` getrefcount(E), "
        "getrefcount(ex), getrefcount(ex.__traceback__) 7 6 4 (3.8-3.10), 5 5 2 (3.11+)",
    ),
    "suggestion_errors_normalized": Fact(
        "An AttributeError leaving PyObject_GetAttr (attribute access, getattr without a default) "
        "and a NameError from a name lookup (not UnboundLocalError) are normalized when raised, to "
        "attach name/obj for the 'Did you mean' suggestions; getattr with a default and hasattr "
        "(_PyObject_LookupAttr: tp_getattro directly) are not. (3.12+ normalize every error anyway.)",
        since("3.10", False, True),
        "Objects/object.c 3.10/3.11 PyObject_GetAttr → set_attribute_error_context "
        "(PyErr_NormalizeException); Python/ceval.c 3.10/3.11 format_exc_check_arg ('if (exc == "
        "PyExc_NameError)': normalize, set name); [RUN 3.8.18-3.13.0] gc.collect(); "
        "`try: mk()[o.x]` / `mk()[undefined]` (mk returning a new 1-tuple) caught moves "
        "gc.get_count()[0] by 1, 1, 2, 2, 2, 2 (the exception's args tuple made before the unwind "
        "frees mk's tuple)",
    ),
    "for_iter_gen_inline": Fact(
        "A for loop (or comprehension) over a generator runs the generator's frame inline "
        "(FOR_ITER_GEN): a generator that returns a value ends the loop without setting "
        "StopIteration. False: FOR_ITER calls gen_iternext, which sets StopIteration(value) "
        "(_PyGen_SetStopIterationValue; unnormalized on 3.8-3.11 unless an exception is being "
        "handled) and clears it. (The first, unspecialized FOR_ITER of 3.12+ calls gen_iternext: not "
        "modelled.)",
        since("3.12", False, True),
        "Python/bytecodes.c 3.12 FOR_ITER_GEN (gen_frame->return_offset: RETURN_VALUE lands on "
        "END_FOR); Objects/genobject.c gen_iternext; [RUN 3.8.18-3.13.0] gc.collect(); "
        "`for x in gen(): pass` with gen returning 'v' moves gc.get_count()[0] by 0 everywhere, "
        "list(gen()) by 2, 1, 1, 1, 2, 2, next(g, None) at the return by 0, 0, 0, 0, 1, 1",
    ),
    "suggestion_members": Fact(
        "The C members of the exceptions the 'Did you mean' suggestions read, by builtin type, in "
        "traverse order: AttributeError's obj and name, NameError's name (keyword-only arguments of "
        "their init, NULL otherwise; set when the error leaves PyObject_GetAttr / a name lookup, see "
        "suggestion_errors_normalized). Empty: plain BaseException structs.",
        since("3.10", {}, {"AttributeError": ("obj", "name"), "NameError": ("name",)}),
        "Objects/exceptions.c 3.10 PyAttributeErrorObject / AttributeError_init kwlist {name, obj} / "
        "AttributeError_traverse (obj, name), PyNameErrorObject / NameError_init; Objects/object.c "
        "set_attribute_error_context (not when name or obj is set); [RUN 3.8.18-3.13.0] caught "
        "`o.x`: getrefcount(o) 2, 2, 3, 3, 3, 3, e.obj is o, len(gc.get_referents(e)) 4; "
        "AttributeError('m', name='zz', obj=5) from __getattr__ keeps zz/5",
    ),
    "module_getattr_error_exceptions": Fact(
        "A module's missing-attribute path (module_getattro after the generic lookup failed, no "
        "module __getattr__) makes and clears one AttributeError instance of its own, whose args "
        "tuple stays on the tuple free list, also under hasattr and getattr with a default.",
        {"3.8": False, "3.9": False, "3.10": True, "3.11": True, "3.12": False, "3.13": False},
        "Objects/moduleobject.c 3.10 module_getattro → _PyModuleSpec_IsUninitializedSubmodule: "
        "_PyObject_GetAttrId(spec, '_uninitialized_submodules'), missing on 3.10's specs, normalized "
        "by set_attribute_error_context and cleared; 3.11's specs have the attribute ([]), the extra "
        "GC object there is measured, cause not found; 3.12+ _Py_module_getattro_impl with "
        "suppress, PyObject_GetOptionalAttr; [RUN 3.8.18-3.13.0] gc.collect(); getattr(gc, 'x', "
        "None) moves gc.get_count()[0] by 0, 0, 1, 1, 0, 0",
    ),
    "instance_dict_on_first_setattr": Fact(
        "A plain instance gets a real dict object when its first attribute is set. False: attribute "
        "values live in the object (managed values / inline values) and a dict object is made only "
        "when __dict__ is requested.",
        since("3.11", True, False),
        "Objects/dictobject.c 3.8-3.10 _PyObjectDict_SetItem; 3.11+ _PyObject_StoreInstanceAttribute; "
        "[RUN] class C: pass; c=C(); c.x=1; c.me=c; del c; gc.collect() → 2 (3.8-3.10), 1 (3.11+)",
    ),
    "comprehension_inlined": Fact(
        "List/set/dict comprehensions run inline in the enclosing frame (PEP 709). False: each "
        "comprehension is a function object called once (a function and, through 3.10, a frame).",
        since("3.12", False, True),
        "Python/compile.c 3.12 compiler_comprehension inlined (PEP 709)",
    ),
    "comprehension_hidden_locals": Fact(
        "What locals() returns in a module or class body while an inlined comprehension's names are "
        "bound (its CO_FAST_HIDDEN locals): None (no inlining); 'with_body': a new dict, the body's "
        "locals dict updated with them (3.12 _PyFrame_GetLocals(frame, include_hidden=1)); 'hidden': "
        "a dict copied from a FrameLocalsProxy (the frame object made), which shows only the fast "
        "locals (3.13 _PyFrame_GetLocals → _PyFrame_HasHiddenLocals, _PyEval_GetFrameLocals).",
        {**since("3.12", None, "with_body"), "3.13": "hidden"},
        "Objects/frameobject.c 3.12 _PyFrame_GetLocals, 3.13 _PyFrame_GetLocals; [RUN 3.12.1, 3.13.0] "
        "class C: z = 3; r = [sorted(locals()) for b in 'a'] → ['__module__', '__qualname__', 'b', 'z'] "
        "(3.12), ['b'] (3.13)",
    ),
    "gc_checkpoints": Fact(
        "Eval-breaker checkpoints at which a scheduled collection runs (3.12+; empty when collections "
        "run inside the allocation): function entry (RESUME), backward jumps (JUMP_BACKWARD) and the "
        "end of calls (CHECK_EVAL_BREAKER in CALL), except the calls listed in "
        "call_checkpoint_exempt; and PyErr_CheckSignals ('check_signals', called by PyObject_Str, "
        "so inside print's PyFile_WriteObject: interp/stdio.py).",
        since("3.12", (), ("resume", "backward_jump", "call", "check_signals")),
        "Python/bytecodes.c 3.12/3.13: RESUME, JUMP_BACKWARD → CHECK_EVAL_BREAKER; Python/ceval_gil.c "
        "_Py_HandlePending → _Py_RunGC; [RUN 3.12.1, 3.13.0] generations/counts_after_threshold_overflow "
        "(gc.get_count() reads 11 after list.append crossed threshold 10); Modules/signalmodule.c "
        "3.12 PyErr_CheckSignals (_Py_RunGC if gc_scheduled), Objects/object.c PyObject_Str; [RUN "
        "3.12.1, 3.13.0] print('x') at count == threshold collects with the bound write method in "
        "gc.get_objects(0) (probe /tmp/hg/pr/a3.py)",
    ),
    "call_checkpoint_exempt": Fact(
        "Calls whose specialized instruction has no eval-breaker check (a warmed-up loop runs them "
        "specialized): list.append, len, isinstance.",
        since("3.12", frozenset(), frozenset({"list.append", "len", "isinstance"})),
        "Python/bytecodes.c 3.12/3.13 CALL_NO_KW_LIST_APPEND, CALL_NO_KW_LEN, CALL_NO_KW_ISINSTANCE "
        "(no CHECK_EVAL_BREAKER); [RUN] generations/counts_after_threshold_overflow",
    ),
    "iterator_basicsizes": Fact(
        "tp_basicsize of iterator objects whose layout changed between versions (range_iterator lost "
        "its index field in 3.12, enumerate gained `one` in 3.11, zip gained `strict` in 3.10).",
        {"3.8": {"range_iterator": 48, "enumerate": 48, "zip": 40},
         "3.9": {"range_iterator": 48, "enumerate": 48, "zip": 40},
         "3.10": {"range_iterator": 48, "enumerate": 48, "zip": 48},
         "3.11": {"range_iterator": 48, "enumerate": 56, "zip": 48},
         "3.12": {"range_iterator": 40, "enumerate": 56, "zip": 48},
         "3.13": {"range_iterator": 40, "enumerate": 56, "zip": 48}},
        "Objects/rangeobject.c rangeiterobject, Objects/enumobject.c enumobject, Python/bltinmodule.c "
        "zipobject per version; [RUN] sizes/range_slice_sizes (3.8: 48, 64, 56; 3.12: 40, 72, 64)",
    ),
    "print_vararg_tuple": Fact(
        "Whether print() packs its positional arguments into a new tuple before writing them "
        "(Argument Clinic's *args: a GC object alive for the whole call, from the tuple free list "
        "when it has one; print() packs the empty tuple). The rest of print's transients (a bound "
        "`write` method per piece, TextIOWrapper's pending list) are the io stack's: interp/stdio.py.",
        since("3.11", False, True),
        "Python/bltinmodule.c 3.8-3.10 builtin_print (METH_FASTCALL over the stack), 3.11+ "
        "Python/clinic/bltinmodule.c.h builtin_print → _PyArg_UnpackKeywordsWithVararg (PyTuple_New); "
        "[RUN 3.8-3.13] gc.collect(); print('x') moves gc.get_count()[0] by 1,0,0,2,1,1 with "
        "PYTHONUNBUFFERED=1 (3.8: the bound method kept on the PyCFunction free list; 3.11: also "
        "print_kwtuple); a print at count == threshold collects with the tuple in gc.get_objects(0) on "
        "3.11-3.13 (probe /tmp/hg/pr/a3.py)",
    ),
    "io_call_method_binds": Fact(
        "Whether print(flush=True)'s file.flush() and TextIOWrapper.flush's buffer.flush() bind a "
        "method object (_PyObject_CallMethodId: getattr, then call) rather than calling it as a "
        "vectorcall method (_PyObject_CallMethodIdNoArgs, no object).",
        since("3.9", True, False),
        "Python/bltinmodule.c builtin_print, Modules/_io/textio.c _io_TextIOWrapper_flush_impl 3.8 "
        "_PyObject_CallMethodId(..., NULL) vs 3.9 _PyObject_CallMethodIdNoArgs; [RUN 3.8.18, 3.9.18] "
        "gc.collect(); sys.stdout.flush() moves gc.get_count()[0] by 2 / 1 (the bound method stays on "
        "3.8's PyCFunction free list); print('x', flush=True) at count == threshold - 1 collects on "
        "3.8 only (probe /tmp/hg/pr/a2.py)",
    ),
    "stderr_line_buffered": Fact(
        "Whether sys.stderr is line-buffered when it is not a terminal (and not -u): a print to it "
        "then flushes TextIOWrapper's pending list at its newline (interp/stdio.py).",
        since("3.9", False, True),
        "Python/pylifecycle.c create_stdio (3.9: line_buffering for stderr too, bpo-13601); [RUN 3.8.18, "
        "3.9.18, 3.12.1] env -i python -c 'import sys; print(sys.stderr.line_buffering)' 2>file: "
        "False, True, True",
    ),
    "print_kwtuple": Fact(
        "When print()'s argument parser (_PyArg_Parser) builds its tuple of keyword names ('sep', "
        "'end', 'file', 'flush'), a GC-tracked tuple kept for the life of the process (untracked by "
        "the next collection, its items being strings): 'keywords' on the first call that passes "
        "keywords, 'first_call' on the first call, None never (a static, immortal tuple).",
        {"3.8": "keywords", "3.9": "keywords", "3.10": "keywords", "3.11": "first_call", "3.12": None,
         "3.13": None},
        "Python/bltinmodule.c 3.8-3.10 builtin_print (_PyArg_ParseStackAndKeywords only if kwnames); "
        "Python/clinic/bltinmodule.c.h 3.11 builtin_print → _PyArg_UnpackKeywordsWithVararg → "
        "parser_init (Python/getargs.c); 3.12 clinic _kwtuple with _Py_ID; [RUN 3.8-3.13] gc.collect(); "
        "print('x'[, end='\\n']) twice: count deltas 3.8 (2, 2) / with end= (3, 2), 3.11 (3, 2), "
        "3.12 (2, 2); the tuple is in gc.get_objects(0) after gc.freeze() (freeze/freeze_moves_to_permanent)",
    ),
    "startup_pool_residents": Fact(
        "After start-up every pymalloc size class has a used pool holding long-lived blocks of the "
        "start-up heap. The model places one resident block per size class at start-up, so freeing a "
        "program's only object of a size class does not empty its pool (an emptied pool would be "
        "reused by the next request of any size class, at the same address).",
        every(True),
        "[RUN 3.8.18, 3.13.0] python -c 'import sys; sys._debugmallocstats()': every class 16..512 "
        "has >= 1 pool with blocks in use; [RUN 3.13.0] caches/id_reuse_instance (the first instance, "
        "a bigger size class, is not reused by the second)",
    ),
    "float_binop_reuse_after": Fact(
        "None: a float +, - or * (also +=, -=, *=) always makes a new float. Otherwise the number of "
        "generic executions of a BINARY_OP site before it specialises; once specialised for two exact "
        "floats (BINARY_OP_ADD_FLOAT, _SUBTRACT_FLOAT, _MULTIPLY_FLOAT) the result is written into an "
        "operand only the value stack holds (refcount 1, the left one first) instead of a new float "
        "(DECREF_INPUTS_AND_REUSE_FLOAT). A site specialised for anything else never reuses (the model "
        "does not re-specialise after misses).",
        since("3.12", None, 1),
        "Python/bytecodes.c 3.12/3.13 binary_op_add_float, DECREF_INPUTS_AND_REUSE_FLOAT; 3.11 "
        "BINARY_OP_ADD_FLOAT calls PyFloat_FromDouble; Include/internal/pycore_code.h "
        "ADAPTIVE_WARMUP_VALUE 1 (the first execution runs generic BINARY_OP, the second specialises); "
        "[RUN 3.12.1, 3.13.0] sizes/allocated_blocks_delta with range(N), N = 1..4: "
        "sys.getallocatedblocks() deltas 3,3,4,5 (3.12) and 2,2,2,3 (3.13) fit reuse from the second "
        "iteration only",
    ),
    "startup_allocated_blocks": Fact(
        "sys.getallocatedblocks() when a program's first statement runs: the blocks the real start-up "
        "heap holds (site, encodings, the codecs, the interned names...). The model materialises only "
        "part of that heap; sys.getallocatedblocks() adds the difference, so the count is a large int "
        "like the real one (a count <= 256 would come from the small-int cache and need no block).",
        {"3.8": 14805, "3.9": 14874, "3.10": 15446, "3.11": 36818, "3.12": 9957, "3.13": 15960},
        "[RUN 3.8.18-3.13.0] python -c 'import sys; print(sys.getallocatedblocks())' (varies by a few "
        "blocks with the environment); Objects/obmalloc.c _Py_GetAllocatedBlocks",
    ),
    "recursion_limit": Fact("sys.getrecursionlimit() at start-up.", every(1000),
                            "[RUN 3.8-3.13] sys.getrecursionlimit()"),
    "recursion_message": Fact(
        "Message of the RecursionError raised when the Python recursion limit is exceeded.",
        every("maximum recursion depth exceeded"),
        "[RUN 3.8-3.13] def f(n): return f(n+1) → RecursionError('maximum recursion depth exceeded')",
    ),
    "class_firstlineno": Fact(
        "A class body stores __firstlineno__ (the line of the class statement or of its first "
        "decorator) in its namespace right after __qualname__, so the class keeps it in its dict.",
        since("3.13", False, True),
        "Python/compile.c 3.13 compiler_class_body (gh-118465); [RUN 3.12.1, 3.13.0] list(locals()) "
        "in a class body: ['__module__', '__qualname__', '__firstlineno__', 'y'] on 3.13 only",
    ),
    "class_static_attributes": Fact(
        "A class body ends by storing __static_attributes__, a constant tuple of the sorted names its "
        "functions assign as self.<name> (the empty tuple when there are none).",
        since("3.13", False, True),
        "Python/compile.c 3.13 compiler_class_body / compiler_visit_expr (Attribute, Store, 'self'); "
        "[RUN 3.13.0] list(C.__dict__): ..., 'm', '__static_attributes__', '__dict__', ...",
    ),
    "import_lock_bound_methods": Fact(
        "A first import through importlib enters `with self.lock:` (the module lock's _thread lock) "
        "in _ModuleLock.acquire and again in _ModuleLock.release, each time making and freeing the "
        "lock's bound __enter__ and __exit__ (builtin methods), which 3.8 keeps on its PyCFunction "
        "free list: so every first import leaves two there. False: no such free list; the pairs "
        "only add and remove generation-0 counts and are left out.",
        since("3.9", True, False),
        "Lib/importlib/_bootstrap.py _ModuleLock.acquire/release, _ModuleLockManager; Python/ceval.c "
        "3.8 SETUP_WITH special_lookup; Objects/methodobject.c 3.8 free_list; measured: "
        "sys._debugmallocstats() 'free PyCFunctionObjects' on 3.8.18 after `import sys` 3, then "
        "`import gc` 2, `import math` 2, gc.collect() 0, `import weakref` 2",
    ),
    "property_error_message": Fact(
        "AttributeError text of a property without the accessor it needs: (template with its "
        "name, template without one, whether a property with no name from __set_name__ is named by "
        "its fget's __name__). Fields: {old} 'unreadable attribute' / \"can't set attribute\" / "
        "\"can't delete attribute\", {name!r}, {owner!r} (the instance's type), {accessor} "
        "getter / setter / deleter.",
        {"3.8": ("{old}", "{old}", False), "3.9": ("{old}", "{old}", False),
         "3.10": ("{old} {name!r}", "{old}", False),
         "3.11": ("property {name!r} of {owner!r} object has no {accessor}",
                  "property of {owner!r} object has no {accessor}", False),
         "3.12": ("property {name!r} of {owner!r} object has no {accessor}",
                  "property of {owner!r} object has no {accessor}", False),
         "3.13": ("property {name!r} of {owner!r} object has no {accessor}",
                  "property of {owner!r} object has no {accessor}", True)},
        "Objects/descrobject.c property_descr_get / property_descr_set (3.10 prop_name, 3.11 "
        "bpo-46730 qualified messages, 3.13 property_name falls back to fget.__name__); measured: "
        "tests/conformance/cases/classes/property_errors.py on 3.8.18-3.13.0",
    ),
    "descriptor_wrapper_copy_raises": Fact(
        "functools_wraps (staticmethod() / classmethod()) reads each name of fact "
        "descriptor_wrapper_copies with PyObject_GetAttr, so a missing one (a builtin's "
        "__annotations__) raises an AttributeError that it then clears. False: no copies (3.8-3.9) "
        "or PyObject_GetOptionalAttr, which raises nothing (3.13).",
        {"3.8": False, "3.9": False, "3.10": True, "3.11": True, "3.12": True, "3.13": False},
        "Objects/funcobject.c functools_copy_attr (3.10-3.12 PyObject_GetAttr + PyErr_Clear, 3.13 "
        "PyObject_GetOptionalAttr); measured: gc.collect(); staticmethod(len); gc.get_count() "
        "gen-0 4 on 3.10.13 and 3.12.1, 3 on 3.13.0 (staticmethod(f) of a def: 4 on all three)",
    ),
    "list_init_presizes": Fact(
        "list(x) first asks x's length when it has one (a Python class's __len__ runs) to preallocate, "
        "then extends the list from x (which asks PyObject_LengthHint again).",
        since("3.10", True, False),
        "Objects/listobject.c 3.8-3.9 list___init___impl (_PyObject_HasLen, PyObject_Size, "
        "list_preallocate_exact); measured: list(L()) with __iter__ and __len__ printing: len iter "
        "len (3.8.18, 3.9.18), iter len (3.10.13-3.13.0)",
    ),
    "type_new_frees_slots_before_copy": Fact(
        "type_new releases the tuple it made of __slots__ (PyTuple_Pack of a str, PySequence_Tuple "
        "of a list) before it turns the sorted names list into ht_slots, so an equal-length ht_slots "
        "reuses it from the tuple free list. False: the new tuple is made first (one more GC "
        "allocation).",
        since("3.10", True, False),
        "Objects/typeobject.c 3.8-3.9 type_new (Py_CLEAR(slots) before PyList_AsTuple(newslots)); "
        "3.10+ type_new_slots_impl (Py_XSETREF(ctx->slots, new_slots) after type_new_copy_slots); "
        "measured: scripts/count_deltas.py class_slots_str → 13 (3.8, 3.9), 14 (3.10), 12 (3.11+)",
    ),
    "locals_dict_on_frame": Fact(
        "locals() in a function returns the frame's own f_locals dict, the same object on every "
        "call, refreshed from the fast locals each time (a dict holding itself when stored in a "
        "local: a cycle). False (3.13, PEP 667): a new snapshot dict per call.",
        since("3.13", True, False),
        "Python/ceval.c 3.8-3.12 PyEval_GetLocals → PyFrame_FastToLocalsWithError (Objects/frameobject.c "
        "map_to_dict); 3.13 PyEval_GetFrameLocals / _PyEval_GetFrameLocals snapshot; [RUN 3.8-3.13] "
        "l1 = locals(); l2 = locals(); l1 is l2 → True through 3.12, False on 3.13",
    ),
    "minmax_kwtuple": Fact(
        "min() and max() parse their keywords with a _PyArg_Parser that builds its tuple of keyword "
        "names ('key', 'default') on the first call passing keywords, kept for the process (a GC "
        "allocation). False: PyArg_ParseTupleAndKeywords, which makes none.",
        since("3.13", False, True),
        "Python/bltinmodule.c 3.13 min_max: _PyArg_ParseStackAndKeywords with static _parser_min / "
        "_parser_max (no kwtuple: parser_init makes it); 3.8-3.12 PyArg_ParseTupleAndKeywords; [RUN "
        "3.13.0] gc.collect() then max([1, 2], key=abs): gc.get_count()[0] + 3, the next such call + 2",
    ),
    "dict_update_looks_up_keys": Fact(
        "dict.update(arg) first looks up arg.keys (a bound method made and dropped) even for an exact "
        "dict. False: an exact dict is merged directly (dict_update_arg).",
        since("3.9", True, False),
        "Objects/dictobject.c 3.8 dict_update_common: _PyObject_LookupAttrId(arg, &PyId_keys); 3.9 "
        "dict_update_arg: PyDict_CheckExact first; [RUN 3.8.18] gc.collect() then d.update({'b': 2}): "
        "gc.get_count()[0] + 5 (3.9: + 4; the bound method from the emptied PyCFunction free list)",
    ),
    "clinic_kwtuple_lazy": Fact(
        "An Argument Clinic parser of a builtin method with keyword parameters (list.sort) builds "
        "its tuple of keyword names on the first call that passes keywords and keeps it (a GC "
        "allocation). False: the tuple is static (3.12+ clinic _kwtuple with _Py_ID).",
        since("3.12", True, False),
        "Python/getargs.c 3.8-3.11 parser_init (kwtuple from the keywords array); 3.12 "
        "Objects/clinic/listobject.c.h list_sort _kwtuple static; [RUN 3.8-3.13] scripts/count_deltas.py "
        "call_builtin_kw (sorted(x, reverse=True)): count 3 on 3.9-3.11, 2 on 3.12-3.13",
    ),
    "import_error_keywords": Fact(
        "The keyword-only arguments of ImportError() (ImportError_init), each also a member; msg is the "
        "other member (the sole positional argument, else None).",
        since("3.12", ("name", "path"), ("name", "path", "name_from")),
        "Objects/exceptions.c ImportError_init kwlist, ImportError_members (3.12 added name_from, set by "
        "ceval's import_from: _PyErr_SetImportErrorWithNameFrom); [RUN 3.8.18-3.13.0] "
        "ImportError('m', name_from='x'), e.name_from after a failed from-import",
    ),
    "clinic_bad_keyword_message": Fact(
        "The TypeError of an Argument Clinic parser given a keyword it does not take ({name}, {key}).",
        since("3.13", "'{key}' is an invalid keyword argument for {name}()",
              "{name}() got an unexpected keyword argument '{key}'"),
        "Python/getargs.c vgetargskeywordsfast_impl / _PyArg_UnpackKeywords error_unexpected_keyword_arg "
        "(3.13); [RUN 3.8-3.13] [].sort(bogus=1)",
    ),
    "compare_recursion_suffix": Fact(
        "Every rich comparison, of ints too, takes one level of the recursion limit, and says so when "
        "it is the one that exceeds it: the RecursionError reads recursion_message + this suffix. "
        "None: comparisons reached from Python code do not count (3.11's specialised COMPARE_OP "
        "skips PyObject_RichCompare; 3.12 counts C recursion separately).",
        since("3.11", " in comparison", None),
        "Objects/object.c PyObject_RichCompare: Py_EnterRecursiveCall(\" in comparison\"); [RUN 3.8-3.13] "
        "def depth(n): return 0 if n == 0 else 1 + depth(n - 1); depth(10 ** 5) → '... in "
        "comparison' on 3.8-3.10 only",
    ),
    "traceback_carets": Fact(
        "Tracebacks underline the failing expression with ^ (and ~ for the operands of a binary op or "
        "subscript) unless it spans the whole line (PEP 657).",
        since("3.11", False, True),
        "Lib/traceback.py 3.11+ StackSummary.format_frame_summary; [RUN]",
    ),
    "caret_anchor_kinds": Fact(
        "Expressions whose caret line marks an anchor with ^ and the rest of the segment with ~: the "
        "operator of a binary operation, the brackets of a subscript, (3.13) a call's parentheses.",
        {"3.8": (), "3.9": (), "3.10": (), "3.11": ("BinOp", "Subscript"), "3.12": ("BinOp", "Subscript"),
         "3.13": ("BinOp", "Subscript", "Call")},
        "Lib/traceback.py 3.11-3.13 _extract_caret_anchors_from_line_segment; [RUN] a + None → ~~^~~~~~; "
        "3.13 g() → ~^^",
    ),
    "caret_skip_simple_call_statement": Fact(
        "No caret line for the call in 'return f(...)' or 'x = f(...)' when the call is the failing "
        "segment.",
        since("3.13", False, True),
        "Lib/traceback.py 3.13 StackSummary._should_show_carets",
    ),
    "exception_name_omits_main": Fact(
        "The last line of a printed exception (uncaught, or 'Exception ignored in') names a class "
        "defined in __main__ without its module, as it does builtins'. False: '__main__.E: msg'.",
        since("3.11", False, True),
        "Python/pythonrun.c 3.8-3.10 print_exception and Python/errors.c write_unraisable_exc_file "
        "(only 'builtins' omitted); 3.11+ print_exception_message omits builtins and __main__; "
        "[RUN 3.8.18-3.13.0] class E(Exception) raised uncaught and in __del__",
    ),
    "func_wrapper_repr_shows_callable": Fact(
        "repr of a staticmethod / classmethod shows the wrapped callable, '<staticmethod(<function f "
        "at 0x...>)>'. False: the default '<staticmethod object at 0x...>'.",
        since("3.10", False, True),
        "Objects/funcobject.c 3.10+ sm_repr / cm_repr (bpo-43682); [RUN 3.8.18-3.13.0] "
        "print(staticmethod(len))",
    ),
    "except_star": Fact("except* exists (PEP 654).", since("3.11", False, True), "[SRC] Grammar"),
    "immortal_small_ints": Fact(
        "Small ints, None/True/False, empty singletons, 1-char latin-1 strings and interned strings are "
        "immortal.", since("3.12", False, True),
        "Include/object.h 3.12 _Py_IMMORTAL_REFCNT; [RUN] sys.getrefcount(1) == 4294967295",
    ),
    "interned_constants_immortal": Fact(
        "Identifier-like string constants of code objects are immortal.",
        {"3.8": False, "3.9": False, "3.10": False, "3.11": False, "3.12": True, "3.13": False},
        "[RUN 3.12.1 vs 3.13.0] sys.getrefcount on an identifier constant (4294967295 vs 3)",
    ),
    "empty_frozenset_singleton": Fact("frozenset() is a singleton.", since("3.10", True, False),
                                      "Objects/setobject.c 3.8-3.9 emptyfrozenset; [RUN]"),
    "str_hash_algorithm": Fact(
        "The string and bytes hash (_Py_HashBytes → PyHash_Func, sys.hash_info.algorithm): SipHash-2-4 "
        "or SipHash-1-3, keyed by _Py_HashSecret (PYTHONHASHSEED).",
        since("3.11", "siphash24", "siphash13"),
        "Python/pyhash.c (Py_HASH_ALGORITHM; 3.11 bpo-29410 made siphash13 the default); [RUN 3.8.18-"
        "3.13.0] sys.hash_info.algorithm; PYTHONHASHSEED=0 and =12345 hash('abc'), hash('é€𝄞'), "
        "hash(b'xyz') equal to interp/hashing.py's (tests/interp/test_hashing.py)",
    ),
    "nan_hash_by_identity": Fact(
        "A float NaN hashes by identity (_Py_HashPointer of the object). False: every NaN hashes as 0 "
        "(sys.hash_info.nan).",
        since("3.10", False, True),
        "Python/pyhash.c _Py_HashDouble(PyObject *inst, double v) (3.10, bpo-43475); [RUN 3.8.18-"
        "3.13.0] hash(float('nan')) == 0: True, True, False, False, False, False",
    ),
    "none_hash": Fact(
        "hash(None) is this constant. None: None hashes by identity like any object.",
        since("3.12", None, 0xFCA86420),
        "Objects/object.c none_hash (3.12, gh-99540: 0xFCA86420); [RUN 3.12.1, 3.13.0] hash(None) "
        "→ 4238894112",
    ),
    "set_add_reuses_dummy": Fact(
        "set_add_entry puts a new key in the last dummy (deleted) slot its probe sequence passed, if it "
        "passed one (found_unused_or_dummy → freeslot). False: a new key always takes the unused slot "
        "that ends the probe, and dummies are only dropped by a resize.",
        {"3.8": True, "3.9": False, "3.10": True, "3.11": True, "3.12": True, "3.13": True},
        "Objects/setobject.c set_add_entry (found_unused_or_dummy, freeslot); [RUN 3.8.18-3.13.0]"
        " s = {1, 9}; s.discard(1); s.add(17); print(s) → {17, 9} on all but 3.9's {9, 17}; "
        "s = {1, 9, 17}; s.discard(1); s.discard(17); s.add(25) → {9, 25} (last dummy, not the first) "
        "on 3.8 and 3.10+, {25, 9} on 3.9 (the unused slot 4)",
    ),
    "dictview_setop_fast_paths": Fact(
        "A dict_keys view of an exact dict becomes a set through the dict itself (PySet_New(dict): one "
        "resize up front, so another table order), and keys & other is _PyDictView_Intersect (the "
        "smaller operand iterated, or other.intersection(view) for a larger exact set). False: the "
        "view is iterated into a new set, then intersection_update(other).",
        since("3.9", False, True),
        "Objects/dictobject.c dictviews_to_set, _PyDictView_Intersect (3.9); [RUN 3.8.18-3.13.0] with "
        "d = {1: 'a', 9: 'b', 17: 'c', 33: 'd', 2: 'e'}, e = {17: 0, 2: 0, 65: 0}: d.keys() | e.keys() "
        "→ {1, 2, 33, 65, 9, 17} (3.8), {1, 17, 33, 2, 65, 9} (3.9+); {33, 1, 9} & d.keys() → "
        "{1, 9, 33} (3.8), {33, 1, 9} (3.9+)",
    ),
    "slice_hashable": Fact(
        "Slices are hashable: slice_hash mixes hash(start), hash(stop), hash(step) with tuplehash's "
        "xxHash round but without the length, so slice(1, 2) can be a dict key. False: tp_hash is "
        "PyObject_HashNotImplemented (slice.__hash__ is None, 'unhashable type: 'slice'').",
        since("3.12", False, True),
        "Objects/sliceobject.c slice_hash (3.12, gh-101264); [RUN 3.8.18-3.13.0] hash(slice(1, 2, 3)) → "
        "TypeError (3.8-3.11), -2340833382717974474 (3.12, 3.13); slice.__hash__ None through 3.11",
    ),
    "str_iterator_split": Fact(
        "iter(str) of an ASCII string is a str_ascii_iterator (unicode_ascii_iter_next); other strings "
        "keep the str_iterator type. False: every str gets a str_iterator.",
        since("3.11", False, True),
        "Objects/unicodeobject.c unicode_iter, _PyUnicodeASCIIIter_Type (3.11); [RUN 3.8.18-3.13.0] "
        "type(iter('abc')).__name__ → str_iterator (3.8-3.10), str_ascii_iterator (3.11+); "
        "type(iter('a\\u1234')).__name__ → str_iterator on all",
    ),
    "dictview_mapping": Fact(
        "dict_keys / dict_values / dict_items have a `mapping` attribute: a mappingproxy of the dict "
        "the view reads (dictview_mapping, a new proxy per read). False: no such attribute.",
        since("3.10", False, True),
        "Objects/dictobject.c dictview_getset (3.10, bpo-40890); [RUN 3.8.18-3.13.0] "
        "hasattr({}.keys(), 'mapping') → False (3.8, 3.9), True (3.10+)",
    ),
    "const_frozenset_rebuilds": Fact(
        "How many times the frozenset constant of a constant set display ({'a', 'b', 'c'}, 3.9+) is made "
        "again by PyFrozenSet_New from the previous one's iteration order after the first "
        "PyFrozenSet_New of the constants' tuple: for members that are all strings of name characters "
        "('name_strings'), some of them ('some_name_strings'), none ('other'). Each rebuild can move "
        "colliding keys, and SET_UPDATE copies the final table's order into the new set.",
        {v: {"name_strings": 2, "some_name_strings": 2 if v in ("3.11", "3.12") else 1, "other": 1}
         for v in VERSIONS},
        "Python/compile.c merge_consts_recursive (the frozenset branch rebuilds it) and "
        "Objects/codeobject.c intern_string_constants / intern_constants (a frozenset whose members "
        "were interned is rebuilt); [RUN 3.9.18-3.13.0, PYTHONHASHSEED=0..15] the display's list() "
        "equals set(g_k), g_0 = frozenset(source tuple), g_k+1 = frozenset(list(g_k)), for k=2 with 9 "
        "name strings (every seed and version); k=1 with ints and with strings containing spaces; "
        "with ints, a float and name strings mixed k=2 on 3.11/3.12 and k=1 on 3.9/3.10/3.13",
    ),
    "module_teardown_underscore_first": Fact(
        "At exit, __main__'s globals are cleared in two passes: names starting with one underscore "
        "first, then every other name but __builtins__ (each set to None in dict order).",
        every(True),
        "Objects/moduleobject.c _PyModule_ClearDict (3.8-3.13)",
    ),
    "syntax_error_format": Fact(
        "How an uncaught SyntaxError is printed under its source line: 'caret_single' one caret at the "
        "offset; 'caret_range' a range of carets (one for IndentationError); 'caret_range_all' a range "
        "for every SyntaxError.",
        {"3.8": "caret_single", "3.9": "caret_single", "3.10": "caret_range", "3.11": "caret_range",
         "3.12": "caret_range", "3.13": "caret_range_all"},
        "Lib/traceback.py TracebackException.format_exception_only / _format_syntax_error",
    ),
    "setattr_no_dict_suffix": Fact(
        "Appended to the AttributeError for setting an unknown attribute on an object without __dict__.",
        since("3.13", "", " and no __dict__ for setting new attributes"),
        "Objects/object.c 3.13 _PyObject_GenericSetAttrWithDict; [RUN 3.13.0] slots instance p.z = 3",
    ),
    "delattr_missing_message_is_name": Fact(
        "Deleting a missing attribute of an object with a dict slot: True the AttributeError's message "
        "is just the name (the dict's KeyError turned into AttributeError(name)); False the usual "
        "\"'T' object has no attribute 'name'\".",
        since("3.11", True, False),
        "Objects/object.c 3.8-3.10 _PyObject_GenericSetAttrWithDict (PyErr_SetObject(AttributeError, "
        "name)); measured: del x.zz for an instance, a function, ValueError() on 3.8.18-3.13.0",
    ),
    "syntax_error_rewrites": Fact(
        "How this version's parser words the SyntaxErrors the host (PEG) parser reports differently: "
        "(regex on the host message, replacement, 'next_line' if the old parser reports the error on "
        "the line after the unclosed bracket).",
        since("3.10", (
            (r"^expected an indented block after .*$", "expected an indented block", ""),
            (r"^cannot assign to (.+) here\. Maybe you meant '==' instead of '='\?$", r"cannot assign to \1", ""),
            (r"^'[\(\[\{]' was never closed$", "invalid syntax", "next_line"),
        ), ()),
        "3.8/3.9 LL(1) parser messages (Parser/parsetok.c err_input, Python/ast.c); 3.10 PEG parser "
        "(Grammar/python.gram invalid_* rules); [RUN] conformance cases errors/syntax_error_*",
    ),
    "assert_position_is_test": Fact(
        "A failing assert's traceback position is its test expression (carets under it); False: the "
        "whole statement (no caret line).",
        {"3.8": False, "3.9": False, "3.10": False, "3.11": True, "3.12": False, "3.13": True},
        "Python/compile.c compiler_assert (location of RAISE_VARARGS); [RUN 3.11.7, 3.12.1, 3.13.0] "
        "conformance case errors/assert_uncaught",
    ),
    "unraisable_traceback_carets": Fact(
        "The traceback printed by the default sys.unraisablehook has caret lines (the C traceback "
        "printer gained them in 3.11 and lost them in 3.13).",
        {"3.8": False, "3.9": False, "3.10": False, "3.11": True, "3.12": True, "3.13": False},
        "Python/traceback.c 3.11-3.12 print_error_location_carets; 3.13 _PyTraceBack_Print without "
        "them; [RUN] conformance cases errors/del_raises_in_gc, errors/weakref_callback_raises",
    ),
    "list_reverseiterator_keeps_seq": Fact(
        "An exhausted reversed(list) iterator keeps its reference to the list.",
        since("3.13", False, True),
        "Objects/listobject.c 3.13 listreviter_next (it_index = -1, it_seq kept); [RUN 3.12.1 vs "
        "3.13.0] getrefcount of the list after list(reversed(a))",
    ),
    "materialised_dict_tracked_on_store": Fact(
        "Storing a container attribute into an instance whose __dict__ was materialised GC-tracks that "
        "dict (MAINTAIN_TRACKING). False (3.13): the dict shares the object's inline values and stays "
        "untracked.",
        since("3.13", True, False),
        "Objects/dictobject.c 3.13 _PyObject_MaterializeManagedDict / store_instance_attr_lock_held; "
        "[RUN] conformance case tracking/instance_dict_tracking",
    ),
    "frame_locals_proxy": Fact(
        "frame.f_locals of a function frame is a write-through FrameLocalsProxy (PEP 667) instead of a "
        "snapshot dict.",
        since("3.13", False, True),
        "Objects/frameobject.c 3.13 framelocalsproxy; [RUN] type(sys._getframe().f_locals).__name__",
    ),
    "with_protocol_type_error": Fact(
        "A with statement on an object without __enter__/__exit__ raises TypeError (\"... does not "
        "support the context manager protocol\"); False: AttributeError naming the missing method.",
        since("3.11", False, True),
        "Python/ceval.c 3.11 BEFORE_WITH (_PyErr_Format TypeError); 3.8-3.10 SETUP_WITH "
        "special_lookup → AttributeError",
    ),
    "close_unstarted_clears_frame": Fact(
        "close() of a generator that never started clears its frame at once (its arguments are freed "
        "then). False: the generator is marked finished and the frame is cleared when it is freed.",
        since("3.12", True, False),
        "Objects/genobject.c 3.12 gen_close: FRAME_CREATED → gi_frame_state = FRAME_COMPLETED, return; "
        "3.8-3.11 gen_send_ex(GeneratorExit) clears the frame; [RUN] generators/close_unstarted_generator",
    ),
    "gen_throw_varargs": Fact(
        "generator.throw() is a METH_VARARGS method: each call packs its arguments into a new tuple, "
        "alive until throw() returns (the thrown instance or class is referenced once more while "
        "the body handles it). False: METH_FASTCALL, the caller's stack is passed as is.",
        since("3.11", True, False),
        "Objects/genobject.c 3.8-3.10 gen_throw(PyGenObject *gen, PyObject *args) "
        "(PyArg_UnpackTuple); 3.11+ gen_throw(gen, PyObject *const *args, Py_ssize_t nargs); [RUN "
        "3.8.18-3.13.0] getrefcount(e) in `except E as e` of a generator g after g.throw(E()): 5, 5, "
        "5, 4, 4, 4",
    ),
    "gen_throw_chains_exc_state": Fact(
        "An exception thrown into a generator (throw(), close()'s GeneratorExit, one coming back "
        "out of a yield from's subiterator) gets the exception the generator itself is handling at "
        "its suspension point as __context__ (normalized for it). False: only the consumer's "
        "handled exception, taken when the error was raised, is chained.",
        since("3.9", False, True),
        "Objects/genobject.c 3.9+ gen_send_ex / gen_send_ex2 (exc: _PyErr_ChainStackItem(NULL) after "
        "pushing gi_exc_state), _gen_throw (throw_here: gen_send_ex(gen, Py_None, 1, 0)); "
        "Python/errors.c _PyErr_ChainStackItem (bpo-29587); [RUN 3.8.18-3.13.0] g.close() of a "
        "generator suspended in `except E:`: GeneratorExit.__context__ None on 3.8, the E instance "
        "on 3.9+",
    ),
    "method_varargs": Fact(
        "Methods of builtin types that take their arguments as a tuple (METH_VARARGS; True: also "
        "METH_KEYWORDS, which gets the keyword arguments as a new dict): every call makes the tuple "
        "(method_vectorcall_VARARGS / _KEYWORDS, cfunction_call), a GC allocation visible in "
        "gc.get_count() when the tuple free list is empty (after a full collection).",
        {v: _METHOD_VARARGS_ALL | (_METHOD_VARARGS_FIND if v != "3.13" else {}) for v in VERSIONS},
        "Objects/unicodeobject.c unicode_methods (format: METH_VARARGS | METH_KEYWORDS; find, rfind, "
        "index, rindex, count, startswith, endswith: METH_VARARGS until 3.13's Argument Clinic "
        "conversion), Objects/bytes_methods.c / bytesobject.c the same for bytes, "
        "Objects/dictobject.c mapp_methods (update: METH_VARARGS | METH_KEYWORDS), "
        "Objects/setobject.c set_methods / frozenset_methods (union, intersection, difference, update, "
        "intersection_update, difference_update: METH_VARARGS); [RUN 3.8.18-3.13.0] gc.collect(), then "
        "gc.get_count()[0] around 'abc'.find('b'): 2 (3.8-3.12) / 1 (3.13), '{}'.format(1) and "
        "{1}.union({2}): one more than the model without the tuple on every version",
    ),
    "builtin_varargs": Fact(
        "Builtin functions (bltinmodule.c) that take their arguments as a tuple (True: METH_VARARGS, "
        "'keywords': METH_VARARGS | METH_KEYWORDS, keyword arguments in a new dict).",
        {v: {**({"dir": True, "vars": True} if v != "3.12" else {}),
             **({"max": "keywords", "min": "keywords"} if v != "3.13" else {})} for v in VERSIONS},
        "Python/bltinmodule.c builtin_methods: dir, vars METH_VARARGS; min, max METH_VARARGS | "
        "METH_KEYWORDS until 3.13 made them METH_FASTCALL | METH_KEYWORDS (gh-90350); [RUN 3.8.18-"
        "3.13.0] after gc.collect(), dir(C) / vars(C) count one GC allocation more than dir(*t) / "
        "vars(*t) on every version but 3.12.1, where both count the same; max(1, 2): "
        "gc.get_count()[0] + 2 (3.8-3.12), max([1, 2], key=abs): + 4 (the tuple and the keywords dict)",
    ),
    "vectorcall_builtin_types": Fact(
        "Builtin types whose call takes the arguments as a C array (tp_vectorcall). Calling any other "
        "type with arguments goes through tp_call with a new args tuple (_PyObject_MakeTpCall), a GC "
        "allocation visible in gc.get_count().",
        {"3.8": frozenset(),
         "3.9": frozenset({"range", "list", "tuple", "dict", "set", "frozenset"}),
         "3.10": frozenset({"range", "list", "tuple", "dict", "set", "frozenset", "float", "bool", "filter",
                            "map", "type"}),
         "3.11": frozenset({"range", "list", "tuple", "dict", "set", "frozenset", "super", "float", "bool",
                            "filter", "map", "enumerate", "type"}),
         "3.12": frozenset({"range", "list", "tuple", "dict", "set", "frozenset", "super", "float", "bool",
                            "filter", "map", "enumerate", "reversed", "type"}),
         "3.13": frozenset({"range", "list", "tuple", "dict", "set", "frozenset", "super", "float", "bool",
                            "filter", "map", "enumerate", "reversed", "int", "str", "type"})},
        "bpo-37207 (3.9): vectorcall for range, list, tuple, dict, set, frozenset; Objects/typeobject.c "
        "3.11 super_vectorcall; Objects/floatobject.c float_vectorcall, Objects/boolobject.c "
        "bool_vectorcall (3.10); Objects/longobject.c long_vectorcall, Objects/unicodeobject.c "
        "unicode_vectorcall (3.13); [RUN 3.8-3.13] float(x)/bool(x)/int(x)/str(x) with x's __float__ "
        "etc. counting tuples in gc.get_referrers(x): 1 (3.8-3.9) / 0 from 3.10 for float and bool, "
        "1 (3.8-3.12) / 0 (3.13) for int and str; Objects/call.c _PyObject_MakeTpCall; [RUN] "
        "generations/count_inside_function (8 on 3.8, 7 on 3.9); [RUN] gc.collect() then super(D, D) "
        "moves gc.get_count()[0] by 3 (3.8-3.10), 2 (3.11+; the args tuple is gone); Python/bltinmodule.c "
        "filter_vectorcall, map_vectorcall (3.10), Objects/enumobject.c enum_vectorcall (3.11); [RUN "
        "3.8-3.13] gc.collect() then filter(None, t) / map(str, t) / enumerate(t): one allocation less "
        "from 3.10 / 3.10 / 3.11; Objects/typeobject.c type_vectorcall (3.10: only type(x) skips the "
        "tuple); measured: gc.collect(); a0 = c()[0]; t = type(x); a1 = c()[0] → a1 - a0 = 2 "
        "(3.8.18, 3.9.18), 1 (3.10.13-3.13.0); Objects/enumobject.c reversed_vectorcall: [RUN] "
        "gc.collect() then reversed((1,)): gc.get_count()[0] + 3 (3.8-3.11), + 2 (3.12, 3.13)",
    ),
    "empty_slot_message_names_type": Fact(
        "Reading an empty __slots__ member raises AttributeError(\"'T' object has no attribute 'v'\"); "
        "False: AttributeError('v').",
        since("3.10", False, True),
        "Objects/descrobject.c member_get → PyMember_GetOne (Python/structmember.c 3.10: "
        "PyErr_Format with the type name); [RUN 3.8-3.13] conformance case slot_del_frees_value",
    ),
    "main_path_absolute": Fact(
        "The main script's file name (its __file__ and the filename tracebacks show) is made absolute.",
        since("3.9", False, True),
        "Python/initconfig.c 3.9 config_run_filename_abspath (bpo-20443); [RUN] python x.py traceback "
        "shows File \"x.py\" (3.8) vs the absolute path (3.9+)",
    ),
    "int_max_str_digits": Fact(
        "Default limit on the decimal digits of int <-> str conversions (sys.get_int_max_str_digits(); "
        "the model has no sys.set_int_max_str_digits). Every measured build has it: it was backported "
        "to 3.8.14, 3.9.14 and 3.10.7.",
        every(4300),
        "Include/internal/pycore_long.h _PY_LONG_DEFAULT_MAX_STR_DIGITS (gh-95778); [RUN 3.8.18-3.13.0] "
        "str(10 ** 5000) raises ValueError, len(repr(10 ** 4299)) == 4300",
    ),
    "int_str_limit_message": Fact(
        "The ValueError of an int -> str conversion past int_max_str_digits ({limit} = the limit).",
        since("3.11", "Exceeds the limit ({limit}) for integer string conversion; use "
                      "sys.set_int_max_str_digits() to increase the limit",
              "Exceeds the limit ({limit} digits) for integer string conversion; use "
              "sys.set_int_max_str_digits() to increase the limit"),
        "Objects/longobject.c long_to_decimal_string_internal (_MAX_STR_DIGITS_ERROR_FMT_TO_STR); "
        "[RUN 3.8.18, 3.9.18, 3.10.13] '(4300)', [RUN 3.11.7-3.13.0] '(4300 digits)'",
    ),
    "int_from_str_limit_message": Fact(
        "The ValueError of a str -> int conversion past int_max_str_digits ({limit} = the limit, "
        "{digits} = the digits the string has).",
        since("3.11", "Exceeds the limit ({limit}) for integer string conversion: value has {digits} "
                      "digits; use sys.set_int_max_str_digits() to increase the limit",
              "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} "
              "digits; use sys.set_int_max_str_digits() to increase the limit"),
        "Objects/longobject.c long_from_string_base (_MAX_STR_DIGITS_ERROR_FMT_TO_INT); [RUN 3.8.18, "
        "3.10.13] int('1' * 5000): '(4300) ... value has 5000 digits', [RUN 3.11.7, 3.13.0] "
        "'(4300 digits) ... value has 5000 digits'",
    ),
    "c_call_method_binds": Fact(
        "C code calling a method by name (_PyObject_CallMethodId) looks it up with getattr, so a "
        "builtin method is bound for the call (a PyCFunction, from its free list when one is there: "
        "PyMapping_Keys of a mappingproxy binds proxy.keys and then dict.keys); False: "
        "_PyObject_CallMethodIdNoArgs / PyObject_VectorcallMethod calls the unbound method "
        "(_PyObject_GetMethod).",
        since("3.9", True, False),
        "Objects/call.c 3.8 _PyObject_CallMethodId -> _PyObject_GetAttrId, 3.9+ "
        "PyObject_VectorcallMethod -> _PyObject_GetMethod; Objects/abstract.c method_output_as_list; "
        "[RUN] gc.get_count() delta of object.__dir__(1) after gc.collect(): 4 (3.8), 2 (3.9-3.13)",
    ),
    "function_str_qualified": Fact(
        "Call errors name the callee as module.qualname() (_PyObject_FunctionStr: "
        "\"__main__.M.m() argument after ** must be a mapping, not list\"); False: by its bare "
        "name (PyEval_GetFuncName + PyEval_GetFuncDesc: \"m() argument after ** ...\").",
        since("3.9", False, True),
        "Python/ceval.c format_kwargs_error 3.9+ _PyObject_FunctionStr, 3.8 PyEval_GetFuncName/"
        "PyEval_GetFuncDesc (bpo-37645); [RUN 3.8-3.13] f(**[1]), M().m(**[1]), len(**[1])",
    ),
    "method_errors_qualified": Fact(
        "The arity errors of METH_O / METH_NOARGS methods of builtin types name the method with its "
        "type (\"list.append() takes exactly one argument (0 given)\"); False: the bare name "
        "(\"append() takes ...\").",
        since("3.9", False, True),
        "Objects/descrobject.c 3.9 method_check_args / method_vectorcall_O use _PyObject_FunctionStr "
        "(bpo-37645); [RUN 3.8-3.13] [].append() and set().symmetric_difference()",
    ),
    "ternary_pow_error_names_operator": Fact(
        "pow(a, b, m) with unsupported operands says \"unsupported operand type(s) for ** or pow(): ...\"; "
        "False: \"... for pow(): ...\" (the two-operand form says \"** or pow()\" in every version).",
        since("3.9", False, True),
        "Objects/abstract.c ternary_op: the op_name argument of PyNumber_Power; [RUN 3.8-3.13] "
        "pow('a', 1, 2)",
    ),
    "chr_takes_any_int": Fact(
        "chr() converts its argument as a Python int, so any out-of-range int is the ValueError "
        "'chr() arg not in range(0x110000)'; False: as a C int (_PyLong_AsInt), an int beyond it is an "
        "OverflowError first.",
        since("3.13", False, True),
        "Python/bltinmodule.c builtin_chr (its argument conversion changed in 3.13); [RUN 3.8-3.13] "
        "chr(2**40): OverflowError 'Python int too large to convert to C int' (3.8-3.12), ValueError "
        "(3.13)",
    ),
    "newer_builtin_methods": Fact(
        "Methods of builtin types a version has beyond 3.8's (\"type.method\"); the model's host "
        "interpreter has some of them in every version.",
        {"3.8": frozenset(), "3.9": frozenset({"str.removeprefix", "str.removesuffix"}),
         "3.10": frozenset({"str.removeprefix", "str.removesuffix", "int.bit_count",
                            "property.__set_name__"}),
         "3.11": frozenset({"str.removeprefix", "str.removesuffix", "int.bit_count",
                            "property.__set_name__", "object.__getstate__"}),
         "3.12": frozenset({"str.removeprefix", "str.removesuffix", "int.bit_count", "int.is_integer",
                            "property.__set_name__", "object.__getstate__"}),
         "3.13": frozenset({"str.removeprefix", "str.removesuffix", "int.bit_count", "int.is_integer",
                            "property.__set_name__", "object.__getstate__"})},
        "PEP 616 (3.9); Objects/typeobject.c object___getstate__ (3.11, bpo-26579; [RUN 3.8.18-3.13.0] "
        "hasattr(object, '__getstate__')); Objects/longobject.c int_bit_count (3.10, bpo-29882), int_is_integer (3.12, "
        "gh-100268); Objects/descrobject.c property_set_name (METH_VARARGS, 3.10); "
        "[RUN 3.8-3.13] hasattr(str, 'removeprefix'), hasattr(int, 'bit_count'), "
        "hasattr(int, 'is_integer'), hasattr(property, '__set_name__') (False on 3.8.18, 3.9.18)",
    ),
    "startup_references": Fact(
        "Per start-up environment, {when: {object: references}}: the references the real start-up "
        "heap (the objects the model does not build) holds to objects a program reaches — "
        "'builtins.len', 'sys.exit', 'module.sys', 'module.builtins', 'dict.builtins' — added at "
        "start-up ('startup'), and those the first import of gc, math or weakref adds beyond what "
        "the model's import makes (single-phase modules' dict copies, m_copy; what else the real "
        "import loads), added when the model makes that module ('gc.collect', 'builtins.object', ...).",
        {v: _startup_references(v) for v in VERSIONS},
        "[RUN 3.8.18-3.13.0] scripts/measure_startup_refs.py (sys.getrefcount, real minus model, "
        "in run_real's environment without and with HOME); data in profiles/startup_refs_data.py",
    ),
    "eval_code_makes_function": Fact(
        "PyEval_EvalCode runs a code object (the main script, exec()) through a function object it "
        "makes for it (name and qualname the code's name, no defaults, doc None, no __module__) and "
        "releases when the code returns: a GC allocation before the first instruction, and an object "
        "gc.get_objects() lists while the code runs.",
        since("3.11", False, True),
        "Python/ceval.c 3.11+ PyEval_EvalCode (_PyFunction_FromConstructor); Objects/funcobject.c "
        "_PyFunction_FromConstructor (func_module NULL, func_doc None); [GDB 3.11.7] _PyObject_GC_Link "
        "from _PyFunction_FromConstructor < PyEval_EvalCode < run_eval_code_obj of the main script; "
        "[RUN 3.10.13-3.13.0] functions in gc.get_objects() whose code is '<module>': [] on 3.10, "
        "['<module>'] on 3.11-3.13",
    ),
    "eval_code_function_module": Fact(
        "The function PyEval_EvalCode makes for a code object (fact eval_code_makes_function) takes "
        "its __module__ from the globals' __name__, as any function does. False: func_module stays "
        "NULL (__module__ is None).",
        since("3.12", False, True),
        "Objects/funcobject.c _PyFunction_FromConstructor (3.11 func_module NULL; 3.12+ looks up "
        "__name__ in fc_globals); [RUN 3.11.7-3.13.0] tests/conformance/cases/tracking/"
        "module_function.py: [None] on 3.11, ['__main__'] on 3.12 and 3.13",
    ),
    "function_holds_builtins": Fact(
        "A function object holds the builtins dict its globals name (func_builtins), a reference "
        "gc.get_referents and sys.getrefcount(__builtins__.__dict__) see.",
        since("3.10", False, True),
        "Objects/funcobject.c PyFunction_NewWithQualName / _PyFunction_FromConstructor (bpo-42990, "
        "3.10), func_traverse; [RUN 3.8-3.13] gc.get_referents(f), sys.getrefcount of the builtins "
        "dict around a def",
    ),
    "instance_getset_docs": Fact(
        "__doc__ of the __dict__ and __weakref__ getset descriptors type_new adds to a class.",
        since("3.11", ("dictionary for instance variables (if defined)",
                       "list of weak references to the object (if defined)"),
              ("dictionary for instance variables", "list of weak references to the object")),
        "Objects/typeobject.c subtype_getsets_full (the '(if defined)' dropped in 3.11, gh-90172); "
        "[RUN 3.8-3.13] class A: pass; A.__dict__['__dict__'].__doc__",
    ),
    "dict_union_operators": Fact(
        "dict | dict and dict |= mapping exist (PEP 584); False: TypeError unsupported operand.",
        since("3.9", False, True),
        "Objects/dictobject.c dict_or / dict_ior (3.9, PEP 584); [RUN 3.8] {1: 2} | {3: 4} -> TypeError",
    ),
    "zip_strict": Fact(
        "zip() takes the keyword strict=True (PEP 618), which raises ValueError when the iterables "
        "have different lengths; False: zip() takes no keyword arguments.",
        since("3.10", False, True),
        "Python/bltinmodule.c zip_new / zip_next (3.10, PEP 618); [RUN 3.8-3.13] "
        "zip([1, 2], [3], strict=True)",
    ),
    "builtin_exceptions_added": Fact(
        "The exception types of the builtins module beyond the hierarchy 3.8-3.13 share "
        "(btypes.EXCEPTIONS), as (name, bases) in definition order. ExceptionGroup and "
        "BaseExceptionGroup are in the hierarchy, but their tp_new is not modelled (creating one is "
        "unsupported).",
        {"3.8": (), "3.9": (), "3.10": (("EncodingWarning", ("Warning",)),),
         "3.11": (("EncodingWarning", ("Warning",)), ("BaseExceptionGroup", ("BaseException",)),
                  ("ExceptionGroup", ("BaseExceptionGroup", "Exception"))),
         "3.12": (("EncodingWarning", ("Warning",)), ("BaseExceptionGroup", ("BaseException",)),
                  ("ExceptionGroup", ("BaseExceptionGroup", "Exception"))),
         "3.13": (("EncodingWarning", ("Warning",)), ("BaseExceptionGroup", ("BaseException",)),
                  ("ExceptionGroup", ("BaseExceptionGroup", "Exception")),
                  ("PythonFinalizationError", ("RuntimeError",)), ("_IncompleteInputError", ("SyntaxError",)))},
        "Objects/exceptions.c _PyExc_InitTypes / static_exceptions (EncodingWarning 3.10, PEP 597; "
        "BaseExceptionGroup/ExceptionGroup 3.11, PEP 654; PythonFinalizationError and "
        "_IncompleteInputError 3.13); [RUN 3.8.18-3.13.0] sorted(vars(builtins)), each type's __mro__",
    ),
    "builtin_async_iteration": Fact(
        "The builtins module has aiter() and anext() (not modelled: calling one is unsupported).",
        since("3.10", False, True),
        "Python/bltinmodule.c builtin_aiter / builtin_anext (3.10); [RUN 3.8.18-3.13.0] "
        "sorted(vars(builtins))",
    ),
    "builtins_doc": Fact(
        "builtins.__doc__: the module docstring of Python/bltinmodule.c (builtinsmodule's m_doc).",
        since("3.11", "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the "
              "`nil' object; Ellipsis represents `...' in slices.",
              "Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct "
              "access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full "
              "name for the built-in function len().\n\nThis module is not normally accessed explicitly "
              "by most\napplications, but can be useful in modules that provide\nobjects with the same "
              "name as a built-in value, but in\nwhich the built-in of that name is also needed."),
        "Python/bltinmodule.c builtin_doc (reworded in 3.11); [RUN 3.8.18-3.13.0] "
        "print(repr(builtins.__doc__))",
    ),
    "module_docs": Fact(
        "`__doc__` of the builtin modules the model builds (gc, sys, math, atexit, _weakref): each "
        "module definition's m_doc, the text of its version (data in profiles/module_docs_data.py).",
        {v: MODULE_DOCS[v] for v in VERSIONS},
        "Modules/gcmodule.c gc__doc__, Python/sysmodule.c sys_doc, Modules/mathmodule.c module_doc, "
        "atexitmodule.c atexit__doc__, _weakref.c weakref_functions' module doc; [RUN 3.8.18-3.13.0] "
        "print(repr(gc.__doc__)) ... (scripts/measure_module_docs.py)",
    ),
    "extension_modules": Fact(
        "The model's builtin modules that CPython's build loads from lib-dynload as extension modules "
        "(ExtensionFileLoader: __file__ the .so, set after the module's own names); the others are "
        "built in (BuiltinImporter, origin 'built-in').",
        every(frozenset({"math"})),
        "[RUN 3.8.18-3.13.0] print(math.__spec__, gc.__spec__)",
    ),
    "loader_module_repr": Fact(
        "repr(module) asks the module's loader first (_bootstrap._module_repr: loader.module_repr, "
        "deprecated in 3.4 and removed in 3.12), so a BuiltinImporter-loaded module shows "
        "`(built-in)` whatever its spec says; from 3.12 only the spec (or __file__/__loader__) counts.",
        since("3.12", True, False),
        "Lib/importlib/_bootstrap.py _module_repr, BuiltinImporter.module_repr (3.8-3.11); [RUN 3.8.18, "
        "3.13.0] python -c 'import sys; print(sys.modules[\"__main__\"])': <module '__main__' (built-in)> / "
        "<module '__main__' (<class '_frozen_importlib.BuiltinImporter'>)>",
    ),
    "import_bootstrap_sections": Fact(
        "The `#@if` sections of the model's text of importlib/_bootstrap.py (interp/modspec.py BOOTSTRAP): "
        "`origin_attr` BuiltinImporter._ORIGIN = 'built-in' (3.9+; so _setup's specs of sys and builtins "
        "have that origin, 3.8's none), `uninitialized_submodules` ModuleSpec._uninitialized_submodules "
        "(3.11+), `fstring_repr` ModuleSpec.__repr__ written with f-strings (3.12+).",
        {"3.8": frozenset(), "3.9": frozenset({"origin_attr"}), "3.10": frozenset({"origin_attr"}),
         "3.11": frozenset({"origin_attr", "uninitialized_submodules"}),
         "3.12": frozenset({"origin_attr", "uninitialized_submodules", "fstring_repr"}),
         "3.13": frozenset({"origin_attr", "uninitialized_submodules", "fstring_repr"})},
        "Lib/importlib/_bootstrap.py BuiltinImporter, ModuleSpec.__init__/__repr__ of each version; [RUN "
        "3.8.18-3.13.0] print(sys.__spec__, sorted(vars(gc.__spec__)))",
    ),
    "generic_alias_size": Fact(
        "Builtin classes are subscriptable (PEP 585: list[int] is a types.GenericAlias, a GC object "
        "holding the origin and the args tuple); the value is sys.getsizeof of one (GC head included), "
        "None where list[int] is the TypeError \"'type' object is not subscriptable\".",
        {"3.8": None, "3.9": 64, "3.10": 64, "3.11": 80, "3.12": 80, "3.13": 80},
        "Objects/genericaliasobject.c (3.9, PEP 585; gaobject grew `starred` and a vectorcall slot in "
        "3.11); [RUN 3.9-3.13] sys.getsizeof(list[int]), gc.is_tracked(list[int]) -> True",
    ),
    "descriptor_wrapper_copies": Fact(
        "The attributes staticmethod() and classmethod() copy from the wrapped callable into the "
        "wrapper's own __dict__ (functools_wraps, each one its wrapped value read with getattr, skipped "
        "when missing); the wrapper then also has __wrapped__ and a staticmethod is callable. Empty: "
        "no copies, no __wrapped__, calling a staticmethod object is a TypeError.",
        since("3.10", (), ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")),
        "Objects/funcobject.c 3.10 sm_init / cm_init → functools_wraps, sm_call, sm_memberlist "
        "__wrapped__ (bpo-43682); [RUN 3.8-3.13] list(staticmethod(f).__dict__) is [] on 3.8.18/3.9.18, "
        "the five names in this order on 3.10.13-3.13.0; gen-0 count after staticmethod(f) +3 "
        "(3.8/3.9) vs +5 (f's annotations dict and the wrapper's dict); staticmethod(f)(5) TypeError "
        "\"'staticmethod' object is not callable\" on 3.8.18/3.9.18",
    ),
    "for_iter_at_iterable": Fact(
        "FOR_ITER carries the location of the loop's iterable expression, so an exception out of the "
        "iterator's next shows that line with the expression underlined; False: the for statement's "
        "first line, nothing underlined.",
        since("3.13", False, True),
        "Python/compile.c 3.13 compiler_for: loc = LOC(s->v.For.iter) for GET_ITER and FOR_ITER (3.8-3.12: "
        "the statement's location); [RUN 3.8.18-3.13.0] 'for x in (\\n g()):' with g raising: "
        "tb_lineno 5 (the for line) through 3.12.1, 6 on 3.13.0, which prints '~^^' under 'g()'",
    ),
    "is_literal_warning_names_type": Fact(
        "The compiler's SyntaxWarning for `is` / `is not` with a literal names the literal's type "
        "(\"is\" with 'int' literal. Did you mean \"==\"?); False: \"is\" with a literal.",
        since("3.12", False, True),
        "Python/compile.c check_compare (3.12: \"\\\"is\\\" with '%.200s' literal\"); [RUN 3.8.18-3.13.0] "
        "x is 1 at compile time",
    ),
    "assert_warning_sees_folded_test": Fact(
        "compiler_assert's \"assertion is always true\" check sees the test after constant folding, so "
        "`assert (1, 2)` (a folded constant) does not warn and only `assert (x, 2)` does.",
        {"3.8": True, "3.9": True, "3.10": False, "3.11": False, "3.12": False, "3.13": False},
        "Python/compile.c compiler_assert (Tuple_kind check); [RUN 3.8.18-3.13.0] assert (1, 2): no "
        "warning on 3.8.18/3.9.18, a warning on 3.10.13-3.13.0; assert (x, 2) warns on all",
    ),
    "invalid_escape_syntax_warning": Fact(
        "An invalid escape sequence in a string literal ('\\d') is a SyntaxWarning the tokenizer "
        "prints before compiling (the first one of each literal); False: a DeprecationWarning, "
        "hidden by the default filters.",
        since("3.12", False, True),
        "Parser/string_parser.c warn_invalid_escape_sequence (gh-98401, 3.12); [RUN 3.8.18-3.13.0] "
        "s = \"\\d\" prints \"SyntaxWarning: invalid escape sequence '\\d'\" on 3.12.1/3.13.0 only",
    ),
    "type_vectorcall": Fact(
        "type itself has a tp_vectorcall (type_vectorcall), which passes anything but type(x) on to "
        "_PyObject_MakeTpCall: a call from C with a keywords dict (__build_class__'s meta(name, bases, "
        "ns, **mkw)) first turns the dict into a kwnames tuple (_PyStack_UnpackDict), then back into a "
        "new dict (_PyStack_AsDict).",
        since("3.10", False, True),
        "Objects/typeobject.c type_vectorcall; [RUN 3.8.18-3.13.0] gc.get_count() "
        "delta of 'class A3(Base, x=1): pass' is one higher than the model without it on 3.10-3.13 only",
    ),
    "init_subclass_error_names_class": Fact(
        "object.__init_subclass__'s TypeError for keywords names the class ('F.__init_subclass__() takes "
        "no keyword arguments'); False: '__init_subclass__() takes no keyword arguments'.",
        since("3.9", False, True),
        "Objects/typeobject.c object_init_subclass / init_subclass; [RUN 3.8.18-3.13.0] class F(x=1): "
        "pass",
    ),
    "match_statement": Fact(
        "The `match` statement (PEP 634) exists. False: the LL(1) (3.8) and PEG (3.9) grammars read "
        "`match` as a name, so a match statement is 'invalid syntax' (match_syntax_error_at_colon).",
        since("3.10", False, True),
        "Grammar/python.gram 3.10 match_stmt (soft keyword); [RUN 3.8.18, 3.9.18] match x: → SyntaxError: "
        "invalid syntax, caret under x",
    ),
    "match_syntax_error_at_colon": Fact(
        "Where a grammar without match statements reports `match <subject>:` when `match <subject>` "
        "reads as an expression (match(x), match[x], match -x): 0 at the colon (3.8, the annotation "
        "expected after it is missing), 1 one column after it (3.9: the NEWLINE token the PEG parser "
        "read last); otherwise both point at the subject's first token (after `not`). None: no such "
        "error (3.10+).",
        {"3.8": 0, "3.9": 1, "3.10": None, "3.11": None, "3.12": None, "3.13": None},
        "Parser/parsetok.c err_input (3.8), Parser/pegen.c _PyPegen_set_syntax_error (3.9: last token); "
        "[RUN 3.8.18, 3.9.18] subjects x, (x), [x], -x, *x, y, not x, (x, y), {1: 2}",
    ),
    "display_unpack_extends": Fact(
        "A display or call with *-elements (list, tuple, call arguments) builds a list of the "
        "elements before the first star (BUILD_LIST i), LIST_EXTENDs it by each starred value and "
        "LIST_APPENDs each later element. False (3.8): runs of plain elements become tuples "
        "(BUILD_TUPLE) and BUILD_LIST_UNPACK / BUILD_TUPLE_UNPACK(_WITH_CALL) extends a new empty list "
        "by each value in turn.",
        since("3.9", False, True),
        "Python/compile.c starunpack_helper (3.8 inner_op BUILD_TUPLE + outer_op; 3.9+ BUILD_LIST + "
        "LIST_EXTEND/LIST_APPEND); Python/ceval.c BUILD_LIST_UNPACK; measured: getsizeof([0, *range(5)]) "
        "128 (3.8.18), 152 (3.9.18-3.13.0); getsizeof([0, 1, *a, 2, 3, 4]) 136 (3.8.18), 120 (3.9+)",
    ),
    "tuple_resize_zero_gives_empty": Fact(
        "_PyTuple_Resize to 0 items frees the tuple and gives the empty tuple singleton. False: the "
        "tuple is reallocated in place to a 0-length tuple of its own (freed without the free "
        "list), e.g. tuple(x) of an empty iterator with a length hint.",
        since("3.11", False, True),
        "Objects/tupleobject.c _PyTuple_Resize (3.11 'if (newsize == 0)': tuple_get_empty()); [RUN "
        "3.8.18-3.13.0] conformance generations/delta_sequence_tuple: tuple((i for i in range(0))) "
        "held moves gc.get_count()[0] by 1 (3.8-3.10), 0 (3.11+)",
    ),
    "arity_errors_name_qualname": Fact(
        "A Python function's argument-binding TypeErrors (takes N positional arguments, missing, "
        "unexpected or repeated keyword) name it by its __qualname__ ('C.m() takes ...'); False: by "
        "its code's co_name ('m() takes ...').",
        since("3.10", False, True),
        "Python/ceval.c 3.10 _PyEval_MakeFrameVector (con->fc_qualname), 3.11+ initialize_locals "
        "(func->func_qualname), 3.8/3.9 _PyEval_EvalCode (co->co_name); [RUN 3.8.18-3.13.0] "
        "C().m(1, 2); g.__qualname__ = 'Renamed.g'; g(1, 2)",
    ),
    "minmax_no_arguments": Fact(
        "The TypeError of min() / max() called without arguments ({name}: min or max).",
        since("3.9", "{name} expected 1 argument, got 0", "{name} expected at least 1 argument, got 0"),
        "Python/bltinmodule.c min_max (PyArg_UnpackTuple 3.8; 3.9+ 'expected at least 1 argument'); "
        "[RUN 3.8.18-3.13.0] max(*[])",
    ),
    "minmax_empty_iterable": Fact(
        "The ValueError of min() / max() of an empty iterable without a default ({name}).",
        since("3.12", "{name}() arg is an empty sequence", "{name}() iterable argument is empty"),
        "Python/bltinmodule.c min_max; [RUN 3.8.18-3.13.0] max([])",
    ),
    "int_arg_number_noun": Fact(
        "How int()'s TypeError for an argument of no numeric kind names numbers (\"int() argument "
        "must be a string, a bytes-like object or <noun>, not 'NoneType'\").",
        since("3.10", "a number", "a real number"),
        "Objects/abstract.c PyNumber_Long; [RUN 3.8.18-3.13.0] int(None)",
    ),
    "method_call_keywords": Fact(
        "obj.name(..., k=v) is a method call (LOAD_METHOD/LOAD_ATTR with the method flag, then CALL "
        "with keyword names), no bound method made. False: LOAD_ATTR makes the bound method, then "
        "CALL_FUNCTION_KW.",
        since("3.11", False, True),
        "Python/compile.c maybe_optimize_method_call 3.8-3.10 'if (asdl_seq_LEN(kwds)) return -1' "
        "(3.11 CALL with KW_NAMES); [RUN 3.8.18-3.11.7] dis of o.m(a, k=1): LOAD_ATTR + "
        "CALL_FUNCTION_KW (3.8-3.10), LOAD_METHOD + CALL (3.11); of o.m(15 args, 8 keywords): "
        "BUILD_CONST_KEY_MAP + CALL_FUNCTION_EX (3.10); [RUN 3.8.18] gc.collect() then "
        "'{a}'.format(a=1): gc.get_count()[0] + 3 (the bound method from the emptied PyCFunction free "
        "list, and the keywords dict)",
    ),
    "display_stack_use_guideline": Fact(
        "A list/tuple display (or call argument list) with more elements than this is built as an "
        "empty list and LIST_APPENDed element by element (LIST_TO_TUPLE for a tuple) unless all are "
        "constants; None: BUILD_LIST/BUILD_TUPLE n whatever n.",
        since("3.10", None, 30),
        "Python/compile.c starunpack_helper 'big = n+pushed > STACK_USE_GUIDELINE' (3.10+); measured: "
        "a = 1; getsizeof of a 31-element display [a, ..., a] 304 (3.8.18, 3.9.18), 312 (3.10.13-3.13.0)",
    ),
    "match_class_not_a_type": Fact(
        "The TypeError of a class pattern whose class is not a type.",
        since("3.12", "called match pattern must be a type", "called match pattern must be a class"),
        "Python/ceval.c match_class; [RUN 3.10.13-3.13.0] match 1: case len(): ...",
    ),
    "match_unpacks_value_tuples": Fact(
        "Class and mapping patterns UNPACK_SEQUENCE the tuple MATCH_CLASS / MATCH_KEYS push and free "
        "it before their sub-patterns run. False (3.10): the tuple stays on the stack while each "
        "sub-pattern gets its item by BINARY_SUBSCR, and is popped after the last one.",
        since("3.11", False, True),
        "Python/compile.c compiler_pattern_class / compiler_pattern_mapping (3.10 DUP_TOP + "
        "BINARY_SUBSCR; 3.11+ UNPACK_SEQUENCE)",
    ),
    "match_or_names_error_at_pattern": Fact(
        "\"alternative patterns bind different names\" points at the whole OR pattern; False: at the "
        "alternative that differs (as the host's 3.11 compiler reports it).",
        since("3.12", False, True),
        "Python/compile.c compiler_pattern_or (3.12: LOC(p) of the MatchOr; 3.10/3.11: the alternative's "
        "location); [RUN 3.10.13-3.13.0] case [a] | [b]: carets under [b] (3.10, 3.11), under the whole "
        "pattern (3.12, 3.13)",
    ),
    "match_keys_get_method": Fact(
        "MATCH_KEYS calls the mapping's get as a method (_PyObject_GetMethod, no bound method) and "
        "fills a tuple of the values made at once (PyTuple_New; freed onto the tuple free list when a "
        "key is missing). False (3.10): a bound get and a values list, turned into a tuple at the end "
        "(PyList_AsTuple).",
        since("3.11", False, True),
        "Python/ceval.c match_keys (3.10 vs 3.11); [RUN 3.10.13-3.13.0] after gc.collect(), a case "
        "{'a': x, 2: y} matching in a function: gc.get_count()[0] 3 (3.10, one is the frame), 1 (3.11+)",
    ),
    "match_class_attr_optional": Fact(
        "A class pattern looks its attributes up with PyObject_GetOptionalAttr: a missing one makes "
        "no exception. False: PyObject_GetAttr raises the AttributeError (an instance with its args "
        "tuple, which goes to the tuple free list) and match_class_attr clears it.",
        since("3.13", False, True),
        "Python/ceval.c match_class_attr; [RUN 3.10.13-3.13.0] after gc.collect(), case P(x, c=y) with "
        "no attribute c: gc.get_count()[0] 3, 2, 2, 1 (3.10 counts the frame)",
    ),
    "zero_division_messages": Fact(
        "ZeroDivisionError messages of // and % that changed ({int|float}{op}: message); the others are "
        "'integer division or modulo by zero' (int) and 'float divmod()' (float divmod).",
        {"3.8": {"float//": "float divmod()", "float%": "float modulo"},
         "3.9": {"float//": "float floor division by zero", "float%": "float modulo"},
         "3.10": {"float//": "float floor division by zero", "float%": "float modulo"},
         "3.11": {"float//": "float floor division by zero", "float%": "float modulo", "int%": "integer modulo by zero"},
         "3.12": {"float//": "float floor division by zero", "float%": "float modulo", "int%": "integer modulo by zero"},
         "3.13": {"float//": "float floor division by zero", "float%": "float modulo by zero",
                  "int%": "integer modulo by zero"}},
        "Objects/floatobject.c float_floor_div (3.9), float_rem (3.13), longobject.c l_mod (3.11); [RUN 3.8.18-"
        "3.13.0] 1.0 // 0, 1.0 % 0, 1 % 0",
    ),
    "builtin_slot_changes": Fact(
        "How the slot wrappers add_operators puts in the builtin types' dicts differ from 3.12's table "
        "(builtin_slots.SLOTDEFS): {type: (added, removed)}. 3.8/3.9 complex still fills nb_floor_divide, "
        "nb_remainder, nb_divmod, nb_int, nb_float (they raise); bool gains nb_invert (3.12, the ~bool "
        "deprecation); bytes gains bf_getbuffer's __buffer__ (3.12, PEP 688); dict's nb_or / nb_inplace_or "
        "(3.9, PEP 584); type's nb_or (3.10, PEP 604); NotImplementedType's nb_bool (3.9, the "
        "deprecation); slice's tp_hash (3.12); NoneType's tp_hash and tp_richcompare (3.12); 3.13 leaves "
        "tp_getattro = PyObject_GenericGetAttr to inheritance in many types (no own __getattribute__).",
        {v: dict(ch) for v, ch in (
            ("3.8", (("bool", ((), ("__invert__",))), ("complex", (_COMPLEX_38, ())), ("bytes", ((), ("__buffer__",))),
                     ("dict", ((), ("__ior__", "__or__", "__ror__"))), ("slice", ((), ("__hash__",))),
                     ("NoneType", ((), _NONE_312)), ("type", ((), ("__or__", "__ror__"))),
                     ("NotImplementedType", ((), ("__bool__",))))),
            ("3.9", (("bool", ((), ("__invert__",))), ("complex", (_COMPLEX_38, ())), ("bytes", ((), ("__buffer__",))),
                     ("slice", ((), ("__hash__",))), ("NoneType", ((), _NONE_312)),
                     ("type", ((), ("__or__", "__ror__"))))),
            ("3.10", (("bool", ((), ("__invert__",))), ("bytes", ((), ("__buffer__",))), ("slice", ((), ("__hash__",))),
                      ("NoneType", ((), _NONE_312)))),
            ("3.11", (("bool", ((), ("__invert__",))), ("bytes", ((), ("__buffer__",))), ("slice", ((), ("__hash__",))),
                      ("NoneType", ((), _NONE_312)))),
            ("3.12", ()),
            ("3.13", tuple((t, ((), ("__getattribute__",))) for t in _NO_GETATTRO_313)))},
        "Objects/typeobject.c add_operators over slotdefs; [RUN 3.8.18-3.13.0] sorted(k for k in T.__dict__ "
        "if type(T.__dict__[k]).__name__ == 'wrapper_descriptor') per type",
    ),
}
