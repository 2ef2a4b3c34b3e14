"""The corpus is well formed: enough programs, every topic present, each program documented and
covered by a golden for every version whose goldens exist."""

from __future__ import annotations

import ast
import builtins
import json
import warnings

from heapglass.conform.corpus import default_corpus_dir, golden_path, golden_versions, list_cases

CORPUS = default_corpus_dir()
TOPICS = {"refcount", "cycles", "generations", "finalizers", "garbage", "weakref", "caches", "tracking",
          "freeze", "callbacks", "exceptions", "closures", "generators", "classes", "containers", "sizes",
          "shutdown", "versions", "errors", "startup", "programs"}
# startup/ programs show what compiling the script does to the heap, so some are long on purpose
# (compiling them crosses a collection threshold); every other program stays small.
MAX_LINES = {"startup": 300, "programs": 80}   # programs/: realistic programs of 20-80 lines


def test_corpus_has_at_least_300_programs_over_all_topics() -> None:
    """The brief asks for >= 300 programs spread over the listed topics (directory names)."""
    cases = list_cases(CORPUS)
    assert len(cases) >= 300
    assert {c.topic for c in cases} == TOPICS


def test_every_program_opens_with_a_one_line_comment_and_is_small() -> None:
    """Each program says what it shows on its first line and stays within 5-30 lines (startup/
    programs within 5-300, programs/ within 5-80)."""
    bad = []
    for case in list_cases(CORPUS):
        lines = case.path.read_text(encoding="utf-8").splitlines()
        if not lines or not lines[0].startswith("# ") or not 5 <= len(lines) <= MAX_LINES.get(case.topic, 30):
            bad.append(case.key)
    assert not bad, bad


ALLOWED_MODULES = {"gc", "sys", "weakref"}
ALLOWED_BUILTINS = {
    "print", "len", "range", "id", "type", "isinstance", "issubclass", "hasattr", "getattr", "setattr",
    "delattr", "iter", "next", "enumerate", "zip", "map", "filter", "sorted", "reversed", "min", "max",
    "sum", "any", "all", "repr", "str", "int", "float", "list", "dict", "set", "tuple", "vars", "object",
    "super", "complex", "bytes", "bool", "frozenset", "slice", "staticmethod", "classmethod", "property",
    "globals", "hash",
}
# programs/ also use the builtins' common companions that realistic programs reach for, and math
EXTRA_BUILTINS = {"programs": {"abs", "bin", "callable", "chr", "divmod", "format", "hex", "oct", "ord",
                               "pow", "round", "NotImplemented", "exit", "quit"},
                  "errors": {"exit"},     # site's Quitter (interp/sitebuiltins.py): SystemExit(code)
                  "refcount": {"dir", "chr", "ord"},
                  # caches/ and versions/ show which one-character strings are the latin-1 singletons
                  "caches": {"chr", "ord", "format", "ascii"}, "versions": {"chr"},
                  "tracking": {"locals"}}     # tracking/ compares locals() with frame.f_locals
# refcount/ counts what atexit (a model module) and sys.modules hold: 'box' is the object
# refcount/sys_modules_registry puts into sys.modules itself before importing it
EXTRA_MODULES = {"programs": {"math"}, "refcount": {"atexit", "box"}, "shutdown": {"atexit"}}


def _imports_expected_to_fail(tree: ast.Module) -> set[int]:
    """Imports inside a `try` that catches ImportError/ModuleNotFoundError: they show that error."""
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try) and any(
                isinstance(h.type, ast.Name) and h.type.id in ("ImportError", "ModuleNotFoundError")
                for h in node.handlers):
            ids |= {id(n) for stmt in node.body for n in ast.walk(stmt) if isinstance(n, ast.Import)}
    return ids


def test_programs_use_only_the_agreed_modules_and_builtins() -> None:
    """The model implements an agreed subset: imports of gc/sys/weakref only (an import inside a try
    that catches its ImportError shows that error, as errors/import_* programs do), and the listed
    builtins (exception classes aside). A program outside it would test the subset, not memory management."""
    bad = []
    for case in list_cases(CORPUS):
        if case.name.startswith("syntax_error"):
            continue  # these are meant not to compile
        if case.topic == "errors" and case.name.startswith("import_"):
            continue  # these show the ImportErrors of modules the model does not have
        with warnings.catch_warnings():   # some programs show compile-time SyntaxWarnings on purpose
            warnings.simplefilter("ignore")
            tree = ast.parse(case.path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import) and id(node) in _imports_expected_to_fail(tree):
                continue
            if isinstance(node, ast.Import):
                modules = ALLOWED_MODULES | EXTRA_MODULES.get(case.topic, set())
                bad += [f"{case.key}: import {a.name}" for a in node.names if a.name not in modules]
            elif isinstance(node, ast.ImportFrom):
                if node.level or node.module not in ALLOWED_MODULES | EXTRA_MODULES.get(case.topic, set()):
                    bad.append(f"{case.key}: from {node.module} import ...")
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and hasattr(builtins, node.id):
                value = getattr(builtins, node.id)
                is_exception = isinstance(value, type) and issubclass(value, BaseException)
                allowed = ALLOWED_BUILTINS | EXTRA_BUILTINS.get(case.topic, set())
                if node.id not in allowed and not is_exception and value not in (None, True, False):
                    bad.append(f"{case.key}: builtin {node.id}")
    assert not bad, bad


def test_every_program_has_a_golden_for_every_golden_version() -> None:
    """make_goldens.py refuses non-reproducible programs; none may be left in the corpus without goldens."""
    missing = [f"{v} {c.key}" for v in golden_versions(CORPUS) for c in list_cases(CORPUS)
               if not golden_path(CORPUS, v, c).exists()]
    assert not missing, missing


def test_goldens_hold_no_host_dependent_text() -> None:
    """Goldens are normalised: no absolute path of this checkout, no raw address, no timing."""
    root = str(CORPUS.resolve().parents[1])
    bad = []
    for path in sorted((CORPUS / "golden").glob("*/*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        text = data["stdout"] + data["stderr"]
        if root in text or "/lib/python3." in text or "s elapsed" in text and "?s elapsed" not in text:
            bad.append(str(path.relative_to(CORPUS)))
    assert not bad, bad
