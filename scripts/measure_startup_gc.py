"""Measure the profile facts gc.startup_young_objects, gc.startup_untracked, gc.startup_old_objects
gc.shutdown_collections, gc.startup_atexit_frees and gc.first_import_populations and gc.first_import_shutdown (heap/unbuilt.py).

Runs three collection sequences with DEBUG_STATS as whole scripts on each installed interpreter, in
run_real's environments without and with HOME, and on the model with both facts at zero; the
difference of the generation list lengths is what the model's unbuilt start-up groups must hold and
untrack. Prints the fourteen dicts of profiles/gc.py (_YOUNG_UNSET ...), then the comparison with the facts
in place (`--check`).

    .venv/bin/python scripts/measure_startup_gc.py [--check] [3.8,3.9,...]
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from heapglass.conform.model import run_model
from heapglass.conform.oracle import installed_interpreters, run_real
from heapglass.profiles import get_profile
from heapglass.profiles.base import VERSIONS

SEQUENCES = {"young_first": (0, 0, 1, 2, 2, 2), "middle_first": (1, 1, 2, 2), "full_first": (2, 2, 2)}


def program(seq: tuple[int, ...]) -> str:
    return ("import gc\ngc.set_debug(gc.DEBUG_STATS)\n" + "".join(f"gc.collect({g})\n" for g in seq)
            + "gc.set_debug(0)\nprint(len(gc.get_objects()))\n")


def lengths(stderr: str, stdout: str) -> list[tuple[int, ...]]:
    """The list lengths before each collection, and the total after the last."""
    lines = [tuple(map(int, m.group(1).split()))
             for m in re.finditer(r"objects in each generation: ([\d ]+)", stderr)]
    return lines + [(int(stdout.split()[-1]),)]


def runs(paths: dict[str, Path], version: str, home: bool) -> tuple[dict, dict]:
    real = {k: lengths(o.stderr, o.stdout) for k, p in paths.items()
            for o in [run_real(installed_interpreters()[version], p, home=home)]}
    model = {k: lengths(o.stderr, o.stdout) for k, p in paths.items() for o in [run_model(p, version, home=home)]}
    return real, model


def drop(lines: list[tuple[int, ...]], i: int) -> int:
    """Objects that left the lists in collection i (sum before it minus sum after it)."""
    return sum(lines[i]) - sum(lines[i + 1])


def derive(real: dict, model: dict, survivors: int, old_objects: int) -> tuple[int, tuple, int]:
    """(young objects, ((first, later, later full, dicts) of the young group, and of the old one), old
    objects) from runs
    with both young facts at zero. The old objects are start-up's own after a first full collection:
    the old group is sized from them (unbuilt.startup_groups), so the first line's older generations
    come out as the real ones."""
    young = real["full_first"][0][0] - model["full_first"][0][0]
    first_full = drop(real["full_first"], 0) - drop(model["full_first"], 0)
    later = drop(real["full_first"], 1) - drop(model["full_first"], 1)
    # the old group is sized so that the first line's older generations are the real ones
    model_old = sum(model["full_first"][0][1:]) - young + first_full
    correction = sum(real["full_first"][0][1:]) - model_old
    examined_early = young and not real["young_first"][0][0]
    if not examined_early:
        young_first = drop(real["young_first"], 0) - drop(model["young_first"], 0)
    else:   # compiling the longer script ran a generation-0 collection before the first line (3.12 HOME)
        young_first = sum(model["young_first"][0]) + first_full + correction - sum(real["young_first"][0])
    if survivors == 1:      # a generation-1 collection examines both groups
        old_first = drop(real["middle_first"], 0) - drop(model["middle_first"], 0) - \
            (0 if examined_early else young_first)
    else:                   # only a full one reaches the old group: its tuples and dicts go together
        old_first = 0
    dicts = first_full - young_first - old_first
    # the young-first sequence's generation-1 collection examines the young group a second time (and
    # the old one a first time, when it is in generation 1)
    later_pass = drop(real["young_first"], 2) - drop(model["young_first"], 2) - \
        (old_first if survivors == 1 else 0)
    return young, ((young_first, later_pass, later - later_pass, 0), (old_first, 0, 0, dicts)), \
        old_objects + correction


SHUTDOWN_PROBE = "import gc\ngc.set_debug(gc.DEBUG_STATS)\n"


def collections(stderr: str) -> list[tuple[tuple[int, ...], int]]:
    """(list lengths, unreachable) of each DEBUG_STATS collection."""
    pattern = (r"objects in each generation: ([\d ]+)\n.*\ngc: done, (\d+) unreachable")
    return [(tuple(map(int, m.group(1).split())), int(m.group(2))) for m in re.finditer(pattern, stderr)]


def derive_shutdown(path: Path, version: str, env: str, home: bool) -> tuple:
    """(gc.startup_atexit_frees, gc.shutdown_collections) for one version and environment: what
    the first shutdown collection (the one _PyGC_CollectIfEnabled runs) lists fewer than the model,
    then the collections after it, fitted one by one against the model."""
    gc_prof = get_profile(version).gc
    real = collections(run_real(installed_interpreters()[version], path, home=home).stderr)
    saved = dict(gc_prof.shutdown_collections)
    saved_atexit = dict(gc_prof.startup_atexit_frees)
    steps = [(0, 0, 0)] * (len(real) - 1)
    try:
        gc_prof.startup_atexit_frees = {**saved_atexit, env: (0, 0, 0)}
        gc_prof.shutdown_collections = {**saved, env: tuple(steps)}
        first = collections(run_model(path, version, home=home).stderr)[0][0]
        atexit = tuple(m - r for r, m in zip(real[0][0], first, strict=True))
        gc_prof.startup_atexit_frees = {**saved_atexit, env: atexit}
        for k in range(1, len(real)):
            gc_prof.shutdown_collections = {**saved, env: tuple(steps)}
            model = collections(run_model(path, version, home=home).stderr)
            (r_lengths, r_unreachable), (m_lengths, m_unreachable) = real[k], model[k]
            steps[k - 1] = (sum(m_lengths[1:]) - sum(r_lengths[1:]), r_lengths[0] - m_lengths[0],
                            r_unreachable - m_unreachable)
    finally:
        gc_prof.shutdown_collections, gc_prof.startup_atexit_frees = saved, saved_atexit
    return atexit, tuple(steps)


IMPORTED = ("weakref", "math")


def import_probe(module: str) -> str:
    return f"import gc, {module}\ngc.set_debug(gc.DEBUG_STATS)\ngc.collect(0)\ngc.collect()\ngc.set_debug(0)\n"


def derive_imports(tmp: Path, version: str, env: str, home: bool) -> dict[str, tuple[int, int, int, int]]:
    """gc.first_import_populations for one version and environment, fitted against the model."""
    gc_prof = get_profile(version).gc
    saved = dict(gc_prof.first_import_populations)
    found: dict[str, tuple[int, int, int, int]] = {}
    try:
        for module in IMPORTED:
            path = tmp / f"import_{module}.py"
            path.write_text(import_probe(module))
            real = collections(run_real(installed_interpreters()[version], path, home=home).stderr)
            gc_prof.first_import_populations = {**saved, env: {**saved[env], **found}}
            gc_prof.first_import_populations[env].pop(module, None)
            model = collections(run_model(path, version, home=home).stderr)
            unbuilt = sum(real[0][0]) - sum(model[0][0])
            excess = real[0][0][0] - model[0][0][0]     # generation 0's real objects beyond the model's
            if unbuilt < 0:
                moved, young, old = 0, unbuilt, 0
            else:
                young = min(max(excess, 0), unbuilt)
                moved, old = max(0, excess - unbuilt), unbuilt - young
            gc_prof.first_import_populations[env][module] = (moved, young, old, 0)
            model = collections(run_model(path, version, home=home).stderr)
            first_pass = (sum(real[0][0]) - sum(real[1][0])) - (sum(model[0][0]) - sum(model[1][0]))
            found[module] = (moved, young, old, first_pass if young > 0 else 0)
    finally:
        gc_prof.first_import_populations = saved
    return found


def derive_import_shutdown(tmp: Path, version: str, env: str, home: bool) -> dict[str, tuple]:
    """gc.first_import_shutdown for one version and environment: each imported module's additions
    to the shutdown collections, fitted one collection at a time (first_import_populations in place)."""
    gc_prof = get_profile(version).gc
    saved = dict(gc_prof.first_import_shutdown)
    found: dict[str, tuple] = {}
    try:
        for module in IMPORTED:
            path = tmp / f"import_shutdown_{module}.py"
            path.write_text(f"import gc, {module}\ngc.set_debug(gc.DEBUG_STATS)\n")
            real = collections(run_real(installed_interpreters()[version], path, home=home).stderr)
            steps = [(0, 0, 0)] * (len(real) - 1)
            for k in range(1, len(real)):
                gc_prof.first_import_shutdown = {**saved, env: {**found, module: tuple(steps)}}
                model = collections(run_model(path, version, home=home).stderr)
                if len(model) != len(real):
                    break
                (r_lengths, r_unreachable), (m_lengths, m_unreachable) = real[k], model[k]
                steps[k - 1] = (sum(m_lengths[1:]) - sum(r_lengths[1:]), r_lengths[0] - m_lengths[0],
                                r_unreachable - m_unreachable)
            found[module] = tuple(steps)
    finally:
        gc_prof.first_import_shutdown = saved
    return found


def main(argv: list[str]) -> int:
    check = "--check" in argv
    args = [a for a in argv if not a.startswith("--")]
    versions = args[0].split(",") if args else list(VERSIONS)
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for name, seq in SEQUENCES.items():
            paths[name] = Path(tmp) / f"{name}.py"
            paths[name].write_text(program(seq))
        found: dict[str, dict[str, tuple]] = {"home_unset": {}, "home_set": {}}
        shutdown: dict[str, dict[str, tuple]] = {"home_unset": {}, "home_set": {}}
        imports: dict[str, dict[str, dict]] = {"home_unset": {}, "home_set": {}}
        import_shutdown: dict[str, dict[str, dict]] = {"home_unset": {}, "home_set": {}}
        probe = Path(tmp) / "shutdown.py"
        probe.write_text(SHUTDOWN_PROBE)
        for v in versions:
            gc_prof = get_profile(v).gc
            for env, home in (("home_unset", False), ("home_set", True)):
                if check:
                    for module in IMPORTED:
                        path = Path(tmp) / f"import_{module}.py"
                        path.write_text(import_probe(module))
                        r = collections(run_real(installed_interpreters()[v], path, home=home).stderr)
                        m = collections(run_model(path, v, home=home).stderr)
                        print(f"{v} {env} import {module}: {'ok' if r == m else 'DIFF'}\n  real  {r}\n  model {m}")
                        path.write_text(f"import gc, {module}\ngc.set_debug(gc.DEBUG_STATS)\n")
                        r = collections(run_real(installed_interpreters()[v], path, home=home).stderr)
                        m = collections(run_model(path, v, home=home).stderr)
                        print(f"{v} {env} import {module} shutdown: {'ok' if r == m else 'DIFF'}\n"
                              f"  real  {r}\n  model {m}")
                    r = collections(run_real(installed_interpreters()[v], probe, home=home).stderr)
                    m = collections(run_model(probe, v, home=home).stderr)
                    print(f"{v} {env} shutdown: {'ok' if r == m else 'DIFF'}\n  real  {r}\n  model {m}")
                    real, model = runs(paths, v, home)
                    for k in SEQUENCES:     # the last entry, len(gc.get_objects()), is not modelled
                        mark = "ok" if real[k][:-1] == model[k][:-1] else "DIFF"
                        print(f"{v} {env} {k}: {mark}\n  real  {real[k]}\n  model {model[k]}")
                    continue
                saved = dict(gc_prof.startup_young_objects), dict(gc_prof.startup_untracked)
                gc_prof.startup_young_objects = {**saved[0], env: 0}
                gc_prof.startup_untracked = {**saved[1], env: ((0, 0, 0, 0), (0, 0, 0, 0))}
                try:
                    real, model = runs(paths, v, home)
                finally:
                    gc_prof.startup_young_objects, gc_prof.startup_untracked = saved
                found[env][v] = derive(real, model, gc_prof.startup_survivors_generation,
                                       gc_prof.startup_old_objects[env])
                shutdown[env][v] = derive_shutdown(probe, v, env, home)
                imports[env][v] = derive_imports(Path(tmp), v, env, home)
                gc_prof.first_import_populations = {**gc_prof.first_import_populations, env: imports[env][v]}
                import_shutdown[env][v] = derive_import_shutdown(Path(tmp), v, env, home)
    if not check:
        for env, suffix in (("home_unset", "UNSET"), ("home_set", "HOME")):
            for name, i in (("YOUNG", 0), ("UNTRACKED", 1), ("OLD", 2)):
                print(f"_{name}_{suffix} = {{{', '.join(f'{v!r}: {f[i]}' for v, f in found[env].items())}}}")
            print(f"_ATEXIT_FREES_{suffix} = {{{', '.join(f'{v!r}: {f[0]}' for v, f in shutdown[env].items())}}}")
            print(f"_SHUTDOWN_{suffix} = {{{', '.join(f'{v!r}: {f[1]}' for v, f in shutdown[env].items())}}}")
            print(f"_IMPORTS_{suffix} = {{{', '.join(f'{v!r}: {f}' for v, f in imports[env].items())}}}")
            print(f"_IMPORT_SHUTDOWN_{suffix} = "
                  f"{{{', '.join(f'{v!r}: {f}' for v, f in import_shutdown[env].items())}}}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
