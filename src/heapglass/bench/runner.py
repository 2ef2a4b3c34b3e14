"""Runs the workloads, model and native in the same run, and turns the samples into report rows.

Every measurement runs in a child process (the model's in ``python -m heapglass.bench.child``, the
native one in the real interpreter of the simulated version running a script from ``native/``), with an
address-space limit (`Settings.memory_limit`, 10 GiB by default: the benchmark must never take the
shared machine's memory) and a timeout. Timed sections are measured inside the child around the work
alone, so interpreter start-up and imports are not counted; the children record both wall and CPU
time (`Settings.clock` picks which one the report uses: CPU by default, since on a shared machine the
wall clock also counts other people's processes). The latency workload is the exception: it times
whole processes from the outside, on the wall clock. Model and native samples alternate, so a slow
spell on the shared machine hits both sides.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .programs import sized_source
from .workloads import GARBAGE_EVERY, GIB, SCALE_BUDGET_BYTES, WORKLOADS, Workload

NATIVE_DIR = Path(__file__).parent / "native"


@dataclass
class Settings:
    """How a benchmark run is done (see `heapglass bench --help`)."""

    version: str
    native_python: str
    quick: bool = False
    repeat: int = 3
    timeout: float = 1800.0
    memory_limit: int = 10 * GIB
    sizes: dict[str, int] = field(default_factory=dict)
    only: tuple[str, ...] = ()
    clock: str = "cpu"
    progress: Callable[[str], None] | None = None

    def size(self, w: Workload) -> int:
        return self.sizes.get(w.name, w.quick_size if self.quick else w.full_size)

    def timed(self, key: str) -> Callable[[dict[str, Any]], float]:
        """The value of a timing `key` ("seconds", "build_seconds") on the chosen clock: the CPU
        clock reads "cpu_seconds" / "build_cpu_seconds" (the children record both)."""
        if self.clock == "cpu":
            key = key.replace("seconds", "cpu_seconds")
        return lambda r: r[key]


@dataclass
class Side:
    """The measurements of one side (model or native) of a workload."""

    status: str = "ok"            # ok | unavailable (not written yet) | failed
    samples: list[float] = field(default_factory=list)
    reason: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float | None:
        return statistics.median(self.samples) if self.status == "ok" and self.samples else None

    def add(self, result: dict[str, Any], value: Callable[[dict[str, Any]], float]) -> None:
        """Record one child result; the first non-ok result ends this side's sampling."""
        if result.get("status") != "ok":
            self.status = result.get("status", "failed")
            self.reason = result.get("reason", "no reason given")
            self.samples.clear()
            return
        self.samples.append(value(result))
        self.extra = {k: v for k, v in result.items() if k not in ("status", "stdout", "stderr")}


@dataclass
class Row:
    """One line of the report."""

    workload: Workload
    size: int
    model: Side
    native: Side
    notes: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        m, n = self.model.median, self.native.median
        return m / n if m is not None and n else None

    @property
    def met(self) -> bool | None:
        t = self.workload.target
        return t.met(self.model.median, self.ratio) if t is not None else None


# ---------------------------------------------------------------------------- child processes
def _limit_memory(limit: int) -> Callable[[], None]:
    def apply() -> None:
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    return apply


def run_child(cmd: list[str], out: Path, settings: Settings) -> dict[str, Any]:
    """Run one measuring child; returns the JSON result it wrote to `out`. Never raises for the
    child's failures: a timeout, a crash or a missing result is a ``failed`` result with the reason."""
    out.unlink(missing_ok=True)
    try:
        proc = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=settings.timeout,
                              preexec_fn=_limit_memory(settings.memory_limit))
    except subprocess.TimeoutExpired:
        return {"status": "failed", "reason": f"timed out after {settings.timeout:g} s"}
    except OSError as exc:
        return {"status": "failed", "reason": f"cannot start {cmd[0]}: {exc}"}
    if proc.returncode != 0 or not out.exists():
        last = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        return {"status": "failed", "reason": f"exit status {proc.returncode}: {last}"}
    with open(out) as f:
        result = json.load(f)
    result.setdefault("status", "ok")
    return result


class Run:
    """One benchmark run: a scratch directory, the settings, and the rows measured so far."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.tmp = Path(tempfile.mkdtemp(prefix="heapglass-bench-"))
        self.rows: list[Row] = []
        self._memory_row: Row | None = None

    def close(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def say(self, text: str) -> None:
        if self.settings.progress is not None:
            self.settings.progress(text)

    # ------------------------------------------------------------------ the two sides
    def model(self, spec: dict[str, Any]) -> dict[str, Any]:
        spec_path = self.tmp / "spec.json"
        spec_path.write_text(json.dumps({"version": self.settings.version, **spec}))
        out = self.tmp / "model.json"
        return run_child([sys.executable, "-m", "heapglass.bench.child", str(spec_path), str(out)],
                         out, self.settings)

    def native(self, script: str, args: list[str]) -> dict[str, Any]:
        out = self.tmp / "native.json"
        return run_child([self.settings.native_python, str(NATIVE_DIR / script), *args, str(out)],
                         out, self.settings)

    def alternate(self, repeat: int, model: Callable[[], None], native: Callable[[], None],
                  row: Row) -> None:
        """Take `repeat` samples of each side, alternating; a side stops at its first failure."""
        for _ in range(repeat):
            if row.native.status == "ok":
                native()
            if row.model.status == "ok":
                model()

    # ------------------------------------------------------------------ workload kinds
    def measure(self, w: Workload) -> list[Row]:
        """The rows workload `w` produces (a collection also yields the build row; scale reads the
        memory row, so it must come after it)."""
        size = self.settings.size(w)
        self.say(f"{w.name} (size {size}) ..." if size else f"{w.name} ...")
        kind = {"program": self.program, "collect": self.collect, "memory": self.memory,
                "latency": self.latency, "scale": self.scale}[w.kind]
        return kind(w, size)

    def program(self, w: Workload, size: int) -> list[Row]:
        path = self.tmp / f"{w.program}.py"
        path.write_text(sized_source(w.program, size))
        row = Row(w, size, Side(), Side())
        reference = _reference_run([self.settings.native_python, str(path)], self.settings.timeout)
        model_out: list[str] = []

        def model() -> None:
            result = self.model({"task": "program", "program_file": str(path)})
            if result.get("status") == "ok" and result.get("exit_status", 0) != 0:
                last = (result.get("stderr", "").strip().splitlines() or ["(no stderr)"])[-1]
                result = {"status": "failed", "reason": f"the program failed on the model: {last}"}
            model_out.append(result.get("stdout", ""))
            row.model.add(result, self.settings.timed("seconds"))

        def native() -> None:
            result = self.native("run_program.py", [str(path)])
            row.native.add(result, self.settings.timed("seconds"))

        self.alternate(self.settings.repeat, model, native, row)
        if reference is None or reference.returncode != 0:
            why = "timed out" if reference is None else reference.stderr.strip()[-200:]
            row.notes.append(f"the program failed when run as `python FILE`: {why}")
        elif row.model.status == "ok" and model_out and model_out[0] != reference.stdout:
            row.notes.append("model output differs from native: " + _first_difference(
                model_out[0], reference.stdout))
        return [row]

    def collect(self, w: Workload, size: int) -> list[Row]:
        row = Row(w, size, Side(), Side())
        build = Row(_of_kind("build"), size, Side(), Side())
        args = [str(size), str(GARBAGE_EVERY)]

        def model() -> None:
            result = self.model({"task": "collect", "pairs": size, "every": GARBAGE_EVERY})
            build.model.add(result, self.settings.timed("build_seconds"))
            row.model.add(result, self.settings.timed("seconds"))

        def native() -> None:
            result = self.native("collect_graph.py", ["collect", *args])
            row.native.add(result, self.settings.timed("seconds"))
            build.native.add(result, self.settings.timed("build_seconds"))

        self.alternate(self.settings.repeat, model, native, build)
        for side, name in ((row.model, "model"), (row.native, "native")):
            if side.status == "ok" and side.extra["collected"] != side.extra["garbage_objects"]:
                row.notes.append(f"{name} collected {side.extra['collected']} objects, expected "
                                 f"{side.extra['garbage_objects']}")
        if row.native.status == "ok":
            row.notes.append(f"native heap had {row.native.extra['tracked']:,} tracked objects "
                             f"({row.native.extra['tracked'] - row.native.extra['objects']:,} of the "
                             f"interpreter's own besides the graph)")
        return [row, build]

    def memory(self, w: Workload, size: int) -> list[Row]:
        row = Row(w, size, Side(), Side())

        def per_object(r: dict[str, Any]) -> float:
            return r["bytes"] / r["objects"]

        # The measurement is deterministic (bytes, not time): one sample per side.
        result = self.native("collect_graph.py", ["memory", str(size), str(GARBAGE_EVERY)])
        row.native.add(result, per_object)
        result = self.model({"task": "memory", "pairs": size, "every": GARBAGE_EVERY})
        row.model.add(result, per_object)
        self._memory_row = row
        return [row]

    def scale(self, w: Workload, size: int) -> list[Row]:
        mem = self._memory_row
        if mem is None:
            raise RuntimeError("the scale row is extrapolated from the memory row: measure that first")
        row = Row(w, mem.size, Side(), Side())
        for src, dst in ((mem.model, row.model), (mem.native, row.native)):
            if src.median is None:
                dst.status, dst.reason = src.status, src.reason or "no bytes/object measurement"
            else:
                dst.samples = [float(int(SCALE_BUDGET_BYTES // src.median))]
        row.notes.append(f"extrapolated: 8 GiB / bytes per object measured at {2 * mem.size + 1:,} "
                         "objects (tracemalloc); not a measured run")
        return [row]

    def latency(self, w: Workload, size: int) -> list[Row]:
        """Wall time of whole processes, from the outside: `heapglass run --python X.Y FILE` against
        `python FILE`; `size` is the number of runs per side. Outputs must agree, as for programs."""
        path = self.tmp / f"{w.program}.py"
        path.write_text(sized_source(w.program, None))
        row = Row(w, size, Side(), Side())
        model_cmd = heapglass_command() + ["run", "--python", self.settings.version, str(path)]
        native_cmd = [self.settings.native_python, str(path)]
        env = None
        if w.bytecode:
            model_cmd = [sys.executable, "-m", "heapglass", *model_cmd[-4:]]
            env = {**os.environ, "PYTHONPATH": str(self.bytecode_copy())}
        outputs: dict[str, str] = {}

        def timed(name: str, cmd: list[str], side: Side) -> None:
            t0 = time.perf_counter()
            try:
                proc = subprocess.run(cmd, check=False, capture_output=True, text=True,
                                      timeout=self.settings.timeout, env=env if name == "model" else None)
            except subprocess.TimeoutExpired:
                side.add({"status": "failed", "reason": f"timed out after {self.settings.timeout:g} s"}, float)
                return
            seconds = time.perf_counter() - t0
            if proc.returncode != 0:
                last = (proc.stderr.strip().splitlines() or ["(no stderr)"])[-1]
                status = "unavailable" if "not available in this build" in last else "failed"
                side.add({"status": status, "reason": f"exit status {proc.returncode}: {last}"}, float)
                return
            outputs.setdefault(name, proc.stdout)
            side.add({"status": "ok", "seconds": seconds}, lambda r: r["seconds"])

        self.alternate(size, lambda: timed("model", model_cmd, row.model),
                       lambda: timed("native", native_cmd, row.native), row)
        if len(outputs) == 2 and outputs["model"] != outputs["native"]:
            row.notes.append("model output differs from native: " + _first_difference(
                outputs["model"], outputs["native"]))
        shown = " ".join([Path(model_cmd[0]).name, *model_cmd[1:-1]])
        row.notes.append(f"model: `{shown} FILE`; native: `{Path(native_cmd[0]).name} FILE`; "
                         "wall time of the whole subprocess")
        if w.bytecode:
            row.notes.append("heapglass imported from a copy of the package byte-compiled with compileall "
                             "(PYTHONPATH): the start-up a wheel install gives")
        elif os.environ.get("PYTHONDONTWRITEBYTECODE") and not _has_bytecode():
            row.notes.append("PYTHONDONTWRITEBYTECODE is set and heapglass has no .pyc files: every start "
                             "compiles its modules from source")
        return [row]

    def bytecode_copy(self) -> Path:
        """A byte-compiled copy of the heapglass package in the scratch directory; returns the
        directory to put on PYTHONPATH. Modules that do not compile are left as source."""
        root = self.tmp / "bytecode"
        if not root.exists():
            package = Path(__file__).resolve().parents[1]
            shutil.copytree(package, root / "heapglass", ignore=shutil.ignore_patterns("__pycache__"))
            subprocess.run([sys.executable, "-m", "compileall", "-q", "-q", str(root / "heapglass")],
                           check=False, capture_output=True, timeout=self.settings.timeout)
        return root

    # ------------------------------------------------------------------ the whole run
    def run_all(self) -> list[Row]:
        """Measure the selected workloads (all by default) in the order of `WORKLOADS`."""
        wanted = selected(self.settings.only)
        for w in WORKLOADS:
            if w.name in wanted and w.kind != "build":
                self.rows.extend(r for r in self.measure(w) if r.workload.name in wanted)
        return self.rows


def selected(only: tuple[str, ...]) -> set[str]:
    """The workloads to measure for ``--only`` (all when empty), with what they are derived from:
    the build row comes from the collection, the scale row from the memory row."""
    if not only:
        return {w.name for w in WORKLOADS}
    for name in only:
        if name not in {w.name for w in WORKLOADS}:
            raise KeyError(f"no workload {name!r} (known: {', '.join(w.name for w in WORKLOADS)})")
    wanted = set(only)
    if _of_kind("build").name in wanted:
        wanted.add(_of_kind("collect").name)
    if _of_kind("scale").name in wanted:
        wanted.add(_of_kind("memory").name)
    return wanted


def _of_kind(kind: str) -> Workload:
    return next(w for w in WORKLOADS if w.kind == kind)


def _has_bytecode() -> bool:
    """Whether the imported heapglass package has compiled modules next to its sources."""
    return any(Path(__file__).resolve().parents[1].rglob("*.pyc"))


def heapglass_command() -> list[str]:
    """How to start the `heapglass` command of this installation (its console script if present)."""
    script = Path(sys.executable).parent / "heapglass"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "heapglass"]


def native_interpreter(patch_release: str) -> str:
    """The real CPython `patch_release` (e.g. "3.11.7"): its executable as pyenv installs it, found
    once through the pyenv shim so that timed runs do not pay for the shim's start-up."""
    env = {**os.environ, "PYENV_VERSION": patch_release}
    try:
        proc = subprocess.run(["python", "-c", "import sys; print(sys.executable)"], check=False, env=env,
                              capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise LookupError(f"cannot start CPython {patch_release} through pyenv: {exc}") from None
    if proc.returncode != 0 or not proc.stdout.strip():
        raise LookupError(f"CPython {patch_release} is not installed (PYENV_VERSION={patch_release} "
                          f"python failed: {proc.stderr.strip()[-200:]})")
    return proc.stdout.strip()


def _reference_run(cmd: list[str], timeout: float) -> subprocess.CompletedProcess | None:
    """`python FILE` as a user runs it: the output the model's must equal (the timed native runs go
    through `native/run_program.py`, whose own allocations would shift automatic collections)."""
    try:
        return subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None


def _first_difference(model: str, native: str) -> str:
    m, n = model.splitlines(), native.splitlines()
    for i, (a, b) in enumerate(zip(m, n)):
        if a != b:
            return f"line {i + 1}: model {a!r}, native {b!r}"
    return f"model has {len(m)} lines, native {len(n)}"
