"""Running a program on the model in-process: `run_source` → `RunResult(stdout, stderr, status)`.

The run happens on a host thread with a large stack (simulated recursion nests host calls); its outcome
is what CPython would print and return: uncaught exceptions print a traceback and give status 1,
SystemExit gives its code, a syntax error is reported as that version reports it. Limits and heapglass's
own failures end the run with one line on stderr (status 2 for unsupported constructs, 3 for an internal
error, 124 for --max-steps).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from ..alloc import dictkeys
from ..heap.heap import Heap
from ..profiles import get_profile
from .errors import ExitProgram, PyErr, StepLimit, Unsupported
from .modspec import main_module_attrs

REPORT_URL = "https://github.com/heapglass/heapglass/issues"
STEP_LIMIT_STATUS = 124
UNSUPPORTED_STATUS = 2
INTERNAL_STATUS = 3
STACK_SIZE = 512 * 1024 * 1024
T = TypeVar("T")


@dataclass
class RunResult:
    """What a run printed and how it ended."""

    stdout: str
    stderr: str
    status: int
    runtime: Any = None


def run_source(source: str, filename: str, version: str, *, unbuffered: bool = True,
               stdout_isatty: bool = False, argv: list[str] | None = None, max_steps: int | None = None,
               max_memory: int | None = None, session: Any = None, home_set: bool = False,
               hash_seed: int | None = None) -> RunResult:
    """Run `source` as ``python<version> filename`` would, on the simulated heap. `home_set`: HOME is
    in the interpreter's environment (start-up allocates differently without it: profiles/gc.py
    STARTUP_ENVIRONMENTS); the default is the conformance environment's, which has none. `hash_seed`:
    PYTHONHASHSEED's value (None: unset or "random"; the model then uses seed 0's secret)."""
    return on_deep_stack(lambda: _run(source, filename, version, unbuffered, stdout_isatty, argv, max_steps,
                                      max_memory, session, home_set, hash_seed))


def on_deep_stack(fn: Callable[[], T]) -> T:
    """fn() on a thread with a large stack and recursion limit (the model recurses as deeply as
    the simulated program); its exception is raised in the caller's thread."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 - reported by the caller's thread
            box["error"] = exc

    old_limit = sys.getrecursionlimit()
    old_size = threading.stack_size()
    sys.setrecursionlimit(max(old_limit, 200_000))
    threading.stack_size(STACK_SIZE)
    try:
        t = threading.Thread(target=target, name="heapglass-run")
        t.start()
        t.join()
    finally:
        threading.stack_size(old_size)
        sys.setrecursionlimit(old_limit)
    if "error" in box:
        raise box["error"]
    return box["result"]


def compile_from_a_clean_state(source: str, version: str) -> Heap:
    """The replay of compiling `source` (compile_main) on a heap whose free lists a full collection
    emptied, with the counters at 0, the parser arena freed at once as compile() does before
    returning (scripts/measure_startup.py --compile, tests/interp/test_startup_counts.py): the heap."""
    from .compiler import compile_main
    from .runtime import Runtime

    def replay() -> Heap:
        heap = Heap(get_profile(version))
        rt = Runtime(heap, unbuffered=True, stdout_isatty=False, argv=["probe.py"], max_steps=None,
                     max_memory=None, filename="probe.py", source=source)
        heap.gc.collect(2)
        heap.gc.counts[:] = [0, 0, 0]
        _code, footprint = compile_main(rt, source, "probe.py")
        rt.decref(footprint.arena)
        return heap
    return on_deep_stack(replay)


def _run(source: str, filename: str, version: str, unbuffered: bool, stdout_isatty: bool,
         argv: list[str] | None, max_steps: int | None, max_memory: int | None, session: Any,
         home_set: bool, hash_seed: int | None = None) -> RunResult:
    from .runtime import Runtime
    from .shutdown import finalize
    profile = get_profile(version)
    heap = Heap(profile)
    heap.gc.startup_environment = "home_set" if home_set else "home_unset"
    rt = Runtime(heap, unbuffered=unbuffered, stdout_isatty=stdout_isatty, argv=argv or [filename],
                 max_steps=max_steps, max_memory=max_memory, filename=filename, source=source,
                 hash_seed=hash_seed)
    if session is not None:
        session.attach(rt)
    status = 0
    try:
        status = _execute(rt, source, filename)
        if session is not None and hasattr(session, "program_end"):
            session.program_end(rt)
        status = finalize(rt, status)
    except StepLimit as e:
        rt.stderr.append(f"{e}\n")
        status = STEP_LIMIT_STATUS
    except Unsupported as e:
        rt.stderr.append(e.message() + "\n")
        status = UNSUPPORTED_STATUS
    except PyErr as err:
        from .tracebacks import format_exception
        rt.stderr.append(format_exception(rt, err.exc))
        status = 1
    except RecursionError:
        rt.stderr.append(f"heapglass: internal error: host recursion limit reached while running {filename}; "
                         f"please report it at {REPORT_URL}\n")
        status = INTERNAL_STATUS
    result = RunResult("".join(rt.stdout), "".join(rt.stderr), status, rt)
    if session is not None:
        session.finish(rt, result)
    return result


def _execute(rt: Any, source: str, filename: str) -> int:
    """Compile and run __main__; returns the exit status of an uncaught exception (or 0)."""
    from .compiler import compile_main
    from .tracebacks import format_exception
    main = _make_main_module(rt, filename)
    rt.heap.gc.apply_startup_state()
    try:
        code, footprint = compile_main(rt, source, filename)
    except SyntaxError as e:
        rt.stderr.append(format_syntax_error(rt, e, filename))
        return 1
    except ValueError as e:     # the host parser rejects null bytes with a ValueError
        rt.stderr.append(f"SyntaxError: {str(e).replace('source code string', 'source code')}\n")
        return 1
    rt.arm_limits()
    # _PyRun_SimpleFileObject holds __main__ while the script runs (Py_INCREF(m)), and drops it
    # before printing an uncaught exception (Py_CLEAR(m); PyErr_Print()) or at its end; -c's
    # PyRun_SimpleStringFlags only borrows it
    held = None if filename == "<string>" else main
    if held is not None:
        rt.incref(held)
    try:
        rt.run_module_code(code, main, main_script=True)
    except PyErr as err:
        if held is not None:
            rt.decref(held)
            held = None
        exc = err.exc
        if exc.ob_type is rt.builtin_types["SystemExit"]:
            return system_exit_status(rt, exc)
        rt.stderr.append(format_exception(rt, exc))
        rt.last_exc = exc
        return 1
    except ExitProgram as e:
        return e.status
    finally:
        footprint.finish_module()
        if held is not None:
            rt.decref(held)
    return 0


def _make_main_module(rt: Any, filename: str) -> Any:
    """__main__ as it is when the main script is compiled: made at start-up (pylifecycle.c
    add_main_module, with its __annotations__ dict), __file__, __cached__ and the SourceFileLoader of
    __loader__ set by _PyRun_SimpleFileObject (modspec.main_module_attrs). The measured start-up state (profile
    facts gc.startup_counts, alloc.startup_freelists) is read after all of that, so the module and its
    dict are made unaccounted, before that state is applied, and placed where start-up's survivors
    are."""
    heap = rt.heap
    with heap.unaccounted():
        main = rt.new_module("__main__")
        dictkeys.presize(heap.memory, main.dict, rt.profile.alloc.main_module_dict_keys_log2)
        rt.modules["__main__"] = main
        rt.main_module = main
        made = main_module_attrs(rt, main, filename)
    for op in (main, main.dict, *made):
        heap.gc.place_with_startup_objects(op)
    return main


def system_exit_status(rt: Any, exc: Any) -> int:
    """handle_system_exit: the code attribute decides the status (None → 0, int → it, else printed, 1)."""
    args = exc.args.items if exc.args is not None else []
    code = args[0] if len(args) == 1 else (exc.args if args else None)
    if code is None or code is rt.none:
        status = 0
    elif code.ob_type is rt.t_int or code.ob_type is rt.t_bool:
        status = int(code.value) & 0xFF     # the process exit status is the low byte
    else:
        rt.stderr.append(rt.str(code) + "\n")
        status = 1
    rt.decref(exc)
    return status


def format_syntax_error(rt: Any, e: SyntaxError, filename: str) -> str:
    """How CPython reports a SyntaxError in the main script (per version: single caret before 3.10,
    a caret range from 3.10)."""
    import re
    msg = e.msg
    if e.lineno is None and "null bytes" in msg:
        # the host parser words it 'source code string ...' and gives no position; CPython points at
        # the line holding the first NUL
        src = rt.sources.get(filename, "")
        n = src[:src.index("\0")].count("\n") if "\0" in src else 0
        text = src.split("\n")[n].replace("\0", "")
        msg = msg.replace("source code string", "source code")
        e = SyntaxError(msg, (e.filename or filename, n + 1, None, text))
    for pattern, repl, where in rt.profile.interp.syntax_error_rewrites:
        if re.match(pattern, msg):
            msg = re.sub(pattern, repl, msg)
            if where == "next_line":
                src_lines = rt.sources.get(filename, "").splitlines()
                n = e.lineno or 1
                while n < len(src_lines) and not src_lines[n].strip():
                    n += 1
                if n < len(src_lines):
                    text = src_lines[n]
                    e = SyntaxError(msg, (e.filename, n + 1, len(text) - len(text.lstrip()) + 1, text + "\n"))
            break
    lines = [f'  File "{e.filename or filename}", line {e.lineno}\n']
    if e.text:
        text = e.text.rstrip("\n")
        stripped = text.lstrip()
        indent = len(text) - len(stripped)
        lines.append(f"    {stripped}\n")
        if e.offset:
            start = max(0, e.offset - 1 - indent)
            fmt = rt.profile.interp.syntax_error_format
            ranged = fmt == "caret_range_all" or (fmt == "caret_range" and not isinstance(e, IndentationError))
            if ranged and e.end_offset and (e.end_lineno in (None, e.lineno)) and e.end_offset > e.offset:
                width = e.end_offset - e.offset
            else:
                width = 1
            lines.append("    " + " " * start + "^" * width + "\n")
    name = type(e).__name__
    lines.append(f"{name}: {msg}\n")
    return "".join(lines)
