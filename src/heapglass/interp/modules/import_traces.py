"""What the first import of a module does to the free lists and the collector in the real interpreter,
as the ordered GC-object traffic gdb saw (scripts/read_startup_state.py --trace-import): the facts
behind modules/facts.py first_import_trace.

One string per version and module, space-separated tokens in CPython's order: ``+`` / ``-`` a GC
allocation (_PyObject_GC_Alloc / _PyObject_GC_Link) / free (PyObject_GC_Del) of an object of a type
without a free list; ``+tN`` / ``-tN`` a tuple of length N made (tuple_alloc) / released
(tupledealloc), ``+l`` / ``-l`` a list (PyList_New / list_dealloc of an exact list), ``+d`` / ``-d`` a
dict (new_dict / dict_dealloc of an exact dict), ``+m`` / ``-m`` a bound method and ``+c`` / ``-c``
a builtin function (3.8's PyMethod_New / PyCFunction_NewEx free lists); ``!`` (3.12+) an eval-breaker
check in importlib's bytecode, where a collection an allocation scheduled runs. Whether each one takes from
a free list or needs a GC allocation depends on the free lists at that moment, so the replay
(modules/footprint.py) runs them through the model's free lists. Frames (3.8-3.10) are left out:
importlib's frames come from and go back to their code's zombie frame or the frame free list
(no GC allocation); the few that do not are plain ``+`` / ``-``.
"""

from __future__ import annotations

# `import gc` as a program's first statement
IMPORT_GC: dict[str, str] = {
    "3.8": (
        "+t1 + +d -t1 +m +m +t1 + + -t1 - - +t1 + +d -t1 +t1 + +t2 + -t2 +c +c -c +t3 -t3 -c -m +t3 -t3 + "
        "+ +m +m -m +m +m -m +m -m +t2 +d + +t2 +d -t2 -t2 -d -m - - -m +m -m +m -m +m +d +t1 +t2 -t2 + "
        "+d +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +l +d +t2 -t1 -d -m +t3 -t3 +m +d +t1 -t1 "
        "-d -m +t2 -t2 +d +t3 +c +c -c +t3 -t3 -c -t3 -d -m -d - -t1 - -d - -"
    ),
    "3.9": (
        "+t1 + +d -t1 + + +t1 + + -t1 - - +t1 + +d -t1 +t1 + +t2 + -t2 + + - +t3 -t3 - - +t3 -t3 + + + + "
        "- + + - + - +t2 +d + +t2 +d -t2 -t2 -d - - - - + - + - + +d +t1 +d +t2 -t2 + +d + + + + + + + + "
        "+ + + + + + + + + + +l +d +t2 -d -t1 -d - +t3 -t3 + +d +t1 +d -d -t1 -d - +t2 -t2 +d +t3 + + - "
        "+t3 -t3 - -t3 -d -d - -t1 - -d - - -"
    ),
    "3.10": (
        "+t1 + +d -t1 + + +t1 + + -t1 - - +t1 + + +d + -t1 +t1 + +t2 + -t2 + + - +t3 -t3 - - +t3 -t3 + + "
        "+ + - + + +d +d +t1 -t1 +t1 -t1 - -d + - -d - - + + + - + - + - + - +t2 +d + +t2 +d -t2 -t2 -d - "
        "- - - +d +t1 +d +t2 -t2 + +d + + + + + + + + + + + + + + + + + + -d -t1 -d +t3 -t3 +t1 + -t1 - "
        "+t1 + -t1 - +d +t1 +d -d -t1 -d +t2 -t2 +d +t3 + + - +t3 -t3 - -t3 -d -d - -t1 - -d - - - - -"
    ),
    "3.11": (
        "+t1 + -t1 + + +t1 + + + -t1 - - +t1 + + + -t1 +t1 + +t2 + -t2 - + + - +t3 -t3 - - +t3 -t3 + + + "
        "+ - + + +d +d +t1 -t1 +t1 -t1 - -d + - -d - - + + + - + - + - + - +t2 +d + +t2 +l -t2 -t2 -d - - "
        "- - +d +t1 +d +t2 -t2 + +d + + + + + + + + + + + + + + + + + + -d -t1 -d +t3 -t3 +t1 + -t1 - +t1 "
        "+ -t1 - +d +t1 +d -d -t1 -d +t2 -t2 +d +t3 + + - +t3 -t3 - -t3 -d - -t1 - - - - - -"
    ),
    "3.12": (
        "! ! +t1 + ! -t1 ! + + ! ! ! +t1 + + + -t1 - - ! +t1 + ! + ! + ! +l +l -t1 ! +t1 + +t2 + -t2 ! ! "
        "- ! ! +t2 + ! -t2 ! + + ! + ! ! +t1 + + + -t1 - - ! +t2 ! +t3 +t2 + -t2 -t3 ! ! +t3 +t2 -t2 -t3 "
        "! -t2 ! - - + + - +l -l +t3 -t3 - ! +d +t3 ! ! -t3 -d ! ! ! - - - - ! - ! ! +t3 ! -t3 ! + + ! + "
        "+ ! ! - + ! ! ! + - ! + - ! ! +t2 +d + +t2 ! +l -t2 -t2 -d ! ! ! - - ! - - ! ! ! ! ! +d +t1 ! +d "
        "+ +d + + + + + + + + + + + + + + + + + + -d ! -t1 -d ! ! ! ! ! +t3 ! -t3 ! ! ! +d +t1 ! +d -d ! "
        "-t1 -d ! +t2 ! -t2 +d +t3 ! ! ! + + - ! +t3 -t3 - ! -t3 -d ! ! ! ! - -t1 - - - -l -l - - - !"
    ),
    "3.13": (
        "! ! + ! + + ! ! ! +t1 + + + -t1 - - + ! + ! + ! +l +l +t1 + +t2 + -t2 ! ! - ! ! + ! + + ! + ! ! "
        "+t1 + + + -t1 - - +t2 ! +t3 +t2 + -t2 -t3 ! ! +t3 +t2 -t2 -t3 ! -t2 ! - - + + - +l -l +t3 -t3 - "
        "! +d +t3 ! ! -t3 -d +t2 ! ! ! -t2 - - - - ! - ! ! +t3 ! -t3 ! + + ! + + ! ! - + ! ! ! + - ! + - "
        "! ! +t2 +d + +t2 ! +l -t2 -t2 -d ! ! ! - - ! - - ! ! ! ! ! +d +t1 ! +d + +d + + + + + + + + + + "
        "+ + + + + + + + -d ! -t1 -d ! ! ! ! ! +t3 ! -t3 ! ! ! +d +t1 ! +d -d ! -t1 -d ! +t2 ! -t2 +d +t3 "
        "! ! ! + + - ! +t3 -t3 - ! -t3 -d +t2 ! ! ! ! -t2 -t1 - - - - -l -l - - - !"
    ),
}

# `import math` as a program's second statement, after `import gc` (3.11's start-up has imported it: no trace)
IMPORT_MATH: dict[str, str] = {
    "3.8": (
        "+t1 + +d -t1 +m +m +t1 + + -t1 - - +t1 + +d -t1 +t1 + +t2 + -t2 +c +c -c +t3 -t3 -c -m +t3 -t3 + "
        "+ +m +m -m +m -m - + +m +m -m +m -m -m - + +m +m -m +m -m +m +l + +t2 -t2 +m +t1 + + +m + +t1 + "
        "+l + +t1 +d + -d + -t1 + -t1 - - -l - - - + - +t1 +l +t4 -l -t1 + +t3 + +l + +t1 + + + -t1 - +t2 "
        "+t2 +t2 + - - - +t1 + + + -t1 - +t2 + - - - +t1 + + + -t1 - +t2 + - - - - +d +t1 -t1 + + -t3 - "
        "-t4 - -m -t1 - - -m +m -m +t3 -t3 + - +l +t1 -t1 +t1 + + - -t1 - +t1 -t1 -l + +t2 + + +l - - -l "
        "-t2 +t1 -t1 +t2 + + +l - - -l -t2 +t1 -t1 +t2 + + +l - - -l -t2 +t1 -t1 +t2 + + +l - - -l -t2 "
        "+t1 -t1 +t2 + + +l - - -l -t2 +t1 -t1 - +t2 -t2 +m -m +t2 -t2 +m -m +m -m +t3 -t3 + - + +t2 + + "
        "+l - - -l -t2 +t1 -t1 +t2 + + +l - - -l -t2 +t1 -t1 +t2 + + +l - - -l -t2 +t1 -t1 +t2 + + +l - - "
        "-l -t2 +t1 -t1 +t2 + + +l - - -l -t2 +t1 -t1 - +t2 -t2 +m -m +m -m +t3 -t3 + - + +t2 + + +l - - "
        "-l -t2 +t1 -t1 + - +t2 + +d +t1 -t1 -t2 +t2 +d + +t1 +d -t1 -t2 -d +l -l - - -l -m -m - - -m +m "
        "-m +m -m +d +t1 +t2 -t2 +c -c + +d +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c "
        "+c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +c +d +t2 "
        "-t1 -d +t2 -t2 +t3 -t3 +t1 +t1 -t1 +t1 -t1 -t1 +t1 +t1 -t1 +t1 -t1 -t1 +d +t1 -t1 -d +t2 -t2 +t2 "
        "-t2 +d +t3 +c +c -c +t3 -t3 -c -t3 -d -m -d - -t1 - -d - -"
    ),
    "3.9": (
        "+t1 + +d -t1 + + +t1 + + -t1 - - +t1 + +d -t1 +t1 + +t2 + -t2 + + - +t3 -t3 - - +t3 -t3 + + + + "
        "- + - - + + + - + - - - + + + - + - + +l + +t2 -t2 + +t1 + + + + +t1 + +l + +t1 +d + -d + -t1 + "
        "-t1 - - -l - - - + - +l +t4 -l + +t3 + +l + +t1 + + + -t1 - +t2 +t2 +t2 + - - - +t1 + + + -t1 - "
        "+t2 + - - - +t1 + + + -t1 - +t2 + - - - - +d +t1 -t1 + + -t3 - -t4 - - -t1 - - - + - +t3 -t3 + - "
        "+l +t1 -t1 + + - - +t1 -t1 -l + +t2 + + +l - - -l -t2 +t1 -t1 +t2 + + +l - - -l -t2 +t1 -t1 +t2 "
        "+ + +l - - -l -t2 +t1 -t1 +t2 + + +l - - -l -t2 +t1 -t1 +t2 + + +l - - -l -t2 +t1 -t1 - +t2 -t2 "
        "+ - +t2 -t2 + - + - +t3 -t3 + - + +t2 + + +l - - -l -t2 +t1 -t1 +t2 + + +l - - -l -t2 +t1 -t1 "
        "+t2 + + +l - - -l -t2 +t1 -t1 +t2 + + +l - - -l -t2 +t1 -t1 +t2 + + +l - - -l -t2 +t1 -t1 - +t2 "
        "-t2 + - + - +t3 -t3 + - + +t2 + + +l - - -l -t2 +t1 -t1 + - +t2 + +d +t1 -t1 -t2 +t2 +d + +t1 +d "
        "-t1 -t2 -d +l -l - - -l - - - - - + - + - +d +t1 +d +t2 -t2 + - + +d + + + + + + + + + + + + + + "
        "+ + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + -d -t1 -d +t2 -t2 "
        "+t3 -t3 +t1 +t1 -t1 -t1 +t1 +t1 -t1 -t1 +d +t1 +d -d -t1 -d +t2 -t2 +t2 -t2 +d +t3 + + - +t3 -t3 "
        "- -t3 -d -d - -t1 - -d - - -"
    ),
    "3.10": (
        "+t1 + +d -t1 + + +t1 + + -t1 - - +t1 + + +d + -t1 +t1 + +t2 + -t2 + + - +t3 -t3 - - +t3 -t3 + + "
        "+ + - + + +d +d +t1 -t1 +t1 -t1 - -d + - -d - - + + + - + - - - + + + - + - - - + + + - + - + +l "
        "+ +t2 -t2 + +t1 + + + +t1 + +l + +t1 +d + -d + -t1 + -t1 - - -l - - - + - +l +t4 -l + +t3 + +l + "
        "+t1 + + + -t1 - +t2 +t2 +t2 - - +t1 + + + -t1 - +t2 - - +t1 + + + -t1 - +t2 - - - +d +t1 -t1 + + "
        "-t3 - -t4 - -t1 - - - + - +t3 -t3 + - +l +t1 -t1 + + - - +t1 -t1 -l + +t2 + + +l - - -l -t2 +t1 "
        "-t1 +t2 + + +l - - -l -t2 +t1 -t1 +t2 + + +l - - -l -t2 +t1 -t1 +t2 + + +l - - -l -t2 +t1 -t1 "
        "+t2 + + +l - - -l -t2 +t1 -t1 - +t2 -t2 + - +t2 -t2 + - + - +t3 -t3 + - + +t2 + + +l - - -l -t2 "
        "+t1 -t1 +t2 + + +l - - -l -t2 +t1 -t1 +t2 + + +l - - -l -t2 +t1 -t1 +t2 + + +l - - -l -t2 +t1 "
        "-t1 +t2 + + +l - - -l -t2 +t1 -t1 - +t2 -t2 + - + - +t3 -t3 + - + +t2 + + +l - - -l -t2 +t1 -t1 "
        "+ - +t2 + +d -t2 +t1 -t1 +t2 +d + +t1 +d -t1 -t2 -d +l -l - - -l - - - - - + - + - +d +t1 +d +t2 "
        "-t2 + - + +d + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + "
        "+ + + + + + + + + + + -d -t1 -d +t2 -t2 +t3 -t3 +t1 + -t1 - +t1 + -t1 - +t1 + -t1 - +t1 + -t1 - "
        "+t1 + -t1 - +t1 + -t1 - +t1 +t1 -t1 -t1 +t1 +t1 -t1 -t1 +d +t1 +d -d -t1 -d +t2 -t2 +t2 -t2 +d "
        "+t3 + + - +t3 -t3 - -t3 -d -d - -t1 - -d - - - - -"
    ),
    "3.12": (
        "! ! +t1 + ! -t1 ! + + ! ! ! +t1 + + + -t1 - - ! +t1 + ! + ! + ! +l +l -t1 ! +t1 + +t2 + -t2 ! ! "
        "- ! ! +t2 + ! -t2 ! + + ! + ! ! +t1 + + + -t1 - - ! +t2 ! +t3 +t2 + -t2 -t3 ! ! +t3 +t2 -t2 -t3 "
        "! -t2 ! - - + + - +l -l +t3 -t3 - ! +d +t3 ! ! -t3 -d ! ! ! - - - - ! - ! ! +t3 ! -t3 ! + + ! + "
        "+ ! ! - + ! ! ! ! - - ! ! + ! + + ! ! - + - ! +d +t1 ! +d -d ! -t1 -d ! ! - - ! ! + ! + + ! ! - "
        "+ - ! + - ! +l + + - ! +t1 + + + ! + +t1 + ! +l ! + +t1 +d + -d + + + -t1 + -t1 - -l - - - - - + "
        "- +l +t4 -l + +t3 + +l + +t1 + + + +t2 +t2 +t2 - -t1 - - +t1 + + + +t2 - -t1 - - +t1 + + + +t2 - "
        "-t1 - - - +t1 -t1 + + -t3 - -t4 - - -t1 - - - +t3 -t3 + - +l +t1 -t1 + + - - +t1 -t1 -l + +t2 + "
        "+l - -l -t2 +t1 -t1 +t2 + +l - -l -t2 +t1 -t1 +t2 + +l - -l -t2 +t1 -t1 +t2 + +l - -l -t2 +t1 "
        "-t1 +t2 + +l - -l -t2 +t1 -t1 - + - + - +t3 -t3 + - + +t2 + +l - -l -t2 +t1 -t1 +t2 + +l - -l "
        "-t2 +t1 -t1 +t2 + +l - -l -t2 +t1 -t1 +t2 + +l - -l -t2 +t1 -t1 +t2 + +l - -l -t2 +t1 -t1 - + - "
        "+t3 -t3 + - + +t2 + +l - -l -t2 +t1 -t1 + - +t2 + -t2 +t1 -t1 +t2 +d + +t1 +l -t1 -t2 -d +l -l - "
        "- -l - - - - + - + - +d +t1 +d + - + +d + + + + + + + + + + + + + + + + + + + + + + + + + + + + "
        "+ + + + + + + + + + + + + + + + + + + + + + + + + + + + -d -t1 -d +t2 -t2 +t3 -t3 +t1 +t1 -t1 "
        "-t1 +t1 +t1 -t1 -t1 +d +t1 +d -d -t1 -d +t2 -t2 +t2 -t2 +d +t3 + + - +t3 -t3 - -t3 -d - -t1 - - "
        "- -l -l - - -"
    ),
    "3.13": (
        "! ! + ! + + ! ! ! +t1 + + + -t1 - - + ! + ! + ! +l +l +t1 + +t2 + -t2 ! ! - ! ! + ! + + ! + ! ! "
        "+t1 + + + -t1 - - +t2 ! +t3 +t2 + -t2 -t3 ! ! +t3 +t2 -t2 -t3 ! -t2 ! - - + + - +l -l +t3 -t3 - "
        "! +d +t3 ! ! -t3 -d +t2 ! ! ! -t2 - - - - ! - ! ! +t3 ! -t3 ! + + ! + + ! ! - + ! ! ! ! - - ! ! "
        "+ ! + + ! ! - + - ! +d +t1 ! +d -d ! -t1 -d ! ! - - ! ! + ! + + ! ! - + - ! + - ! +l + + - ! +t1 "
        "+ + + ! + +t1 + ! +l ! + ! +t1 +d + -d ! + + + -t1 + -t1 - -l - - - - - ! ! ! ! ! + ! - +l +t4 "
        "-l + +t3 + ! +l + +t1 + + + ! +t2 ! ! +t2 ! ! +t2 ! ! - -t1 - - ! ! +t1 + + + ! +t2 ! ! - -t1 - "
        "- ! ! +t1 + + + ! +t2 ! ! - -t1 - - ! ! - ! ! ! + ! + ! -t3 - -t4 ! - - -t1 - - - ! +t3 ! -t3 ! "
        "+ ! - ! +l ! ! + + - ! - ! -l ! + +t2 ! + +l ! ! ! ! - -l ! -t2 +t1 ! -t1 ! +t2 ! + +l ! ! ! ! - "
        "-l ! -t2 +t1 ! -t1 ! +t2 ! + +l ! ! ! ! - -l ! -t2 +t1 ! -t1 ! +t2 ! + +l ! ! ! ! - -l ! -t2 +t1 "
        "! -t1 ! +t2 ! + +l ! ! ! ! - -l ! -t2 +t1 ! -t1 ! - ! + - ! ! + - ! ! +t3 ! -t3 ! + ! - ! + +t2 "
        "! + +l ! ! ! ! - -l ! -t2 +t1 ! -t1 ! +t2 ! + +l ! ! ! ! - -l ! -t2 +t1 ! -t1 ! +t2 ! + +l ! ! ! "
        "! - -l ! -t2 +t1 ! -t1 ! +t2 ! + +l ! ! ! ! - -l ! -t2 +t1 ! -t1 ! +t2 ! + +l ! ! ! ! - -l ! -t2 "
        "+t1 ! -t1 ! - ! + - ! ! +t3 ! -t3 ! + ! - ! + +t2 ! + +l ! ! ! ! - -l ! -t2 +t1 ! -t1 ! ! ! + ! "
        "- ! +t2 + ! -t2 ! ! ! ! ! ! +t2 +d + +t1 ! +l -t1 -t2 -d ! +l -l - - -l ! ! - - ! - - ! + - ! ! "
        "+ - ! ! +d +t1 ! +d + - + +d + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + + "
        "+ + + + + + + + + + + + + + + + + + + + + + + -d ! -t1 -d +t2 ! -t2 ! ! ! ! ! +t3 ! -t3 ! ! ! ! "
        "! ! +t1 ! -t1 ! +t1 ! -t1 ! ! +d +t1 ! +d -d ! -t1 -d +t2 ! -t2 ! +t2 ! -t2 +d +t3 ! ! ! + + - ! "
        "+t3 -t3 - ! -t3 -d +t2 ! ! ! ! -t2 -t1 - - - - -l -l - - - !"
    ),
}

# `import atexit` as a program's second statement, after `import gc` (3.11's start-up has imported it: no trace)
IMPORT_ATEXIT: dict[str, str] = {
    "3.8": (
        "+t1 + +d -t1 +m +m +t1 + + -t1 - - +t1 + +d -t1 +t1 + +t2 + -t2 +c +c -c +t3 -t3 -c -m +t3 -t3 + "
        "+ +m +m -m +m +m -m +m -m +t2 +d + +t2 +d -t2 -t2 -d -m - - -m +m -m +m -m +m +d +t1 +t2 -t2 + "
        "+d +c +c +c +c +c -t1 -d -m +t3 -t3 +m +d +t1 -t1 -d -m +t2 -t2 +d +t3 +c +c -c +t3 -t3 -c -t3 "
        "-d -m -d - -t1 - -d - -"
    ),
    "3.9": (
        "+t1 + +d -t1 + + +t1 + + -t1 - - +t1 + +d -t1 +t1 + +t2 + -t2 + + - +t3 -t3 - - +t3 -t3 + + + + "
        "- + + - + - +t2 +d + +t2 +d -t2 -t2 -d - - - - + - + - + +d +t1 +d +t2 -t2 + +d + + + + + -d -t1 "
        "-d - +t3 -t3 + +d +t1 +d -d -t1 -d - +t2 -t2 +d +t3 + + - +t3 -t3 - -t3 -d -d - -t1 - -d - - -"
    ),
    "3.10": (
        "+t1 + +d -t1 + + +t1 + + -t1 - - +t1 + + +d + -t1 +t1 + +t2 + -t2 + + - +t3 -t3 - - +t3 -t3 + + "
        "+ + - + + +d +d +t1 -t1 +t1 -t1 - -d + - -d - - + + + - + - + - + - +t2 +d + +t2 +d -t2 -t2 -d - "
        "- - - +d +t1 +d +t2 -t2 + +d + + + + + -d -t1 -d +t3 -t3 +t1 + -t1 - +t1 + -t1 - +d +t1 +d -d "
        "-t1 -d +t2 -t2 +d +t3 + + - +t3 -t3 - -t3 -d -d - -t1 - -d - - - - -"
    ),
    "3.12": (
        "! ! +t1 + ! -t1 ! + + ! ! ! +t1 + + + -t1 - - ! +t1 + ! + ! + ! +l +l -t1 ! +t1 + +t2 + -t2 ! ! "
        "- ! ! +t2 + ! -t2 ! + + ! + ! ! +t1 + + + -t1 - - ! +t2 ! +t3 +t2 + -t2 -t3 ! ! +t3 +t2 -t2 -t3 "
        "! -t2 ! - - + + - +l -l +t3 -t3 - ! +d +t3 ! ! -t3 -d ! ! ! - - - - ! - ! ! +t3 ! -t3 ! + + ! + "
        "+ ! ! - + ! ! ! + - ! + - ! ! +t2 +d + +t2 ! +l -t2 -t2 -d ! ! ! - - ! - - ! ! ! ! ! +d +t1 ! +d "
        "+ +d + + + + + -d ! -t1 -d ! ! ! ! ! +t3 ! -t3 ! ! ! +d +t1 ! +d -d ! -t1 -d ! +t2 ! -t2 +d +t3 "
        "! ! ! + + - ! +t3 -t3 - ! -t3 -d ! ! ! ! - -t1 - - - -l -l - - - !"
    ),
    "3.13": (
        "! ! + ! + + ! ! ! +t1 + + + -t1 - - + ! + ! + ! +l +l +t1 + +t2 + -t2 ! ! - ! ! + ! + + ! + ! ! "
        "+t1 + + + -t1 - - +t2 ! +t3 +t2 + -t2 -t3 ! ! +t3 +t2 -t2 -t3 ! -t2 ! - - + + - +l -l +t3 -t3 - "
        "! +d +t3 ! ! -t3 -d +t2 ! ! ! -t2 - - - - ! - ! ! +t3 ! -t3 ! + + ! + + ! ! - + ! ! ! + - ! + - "
        "! ! +t2 +d + +t2 ! +l -t2 -t2 -d ! ! ! - - ! - - ! ! ! ! ! +d +t1 ! +d + +d + + + + + -d ! -t1 "
        "-d ! ! ! ! ! +t3 ! -t3 ! ! ! +d +t1 ! +d -d ! -t1 -d ! +t2 ! -t2 +d +t3 ! ! ! + + - ! +t3 -t3 - "
        "! -t3 -d +t2 ! ! ! ! -t2 -t1 - - - - -l -l - - - !"
    ),
}
