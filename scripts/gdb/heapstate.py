"""Shared by the gdb scripts: the interpreter's collector counters and free lists, read from the
debug information of a pyenv build."""

import gdb

I = "_PyRuntime.interpreters.main"


def value(*exprs: str) -> int | None:
    for e in exprs:
        try:
            return int(gdb.parse_and_eval(e))
        except gdb.error:
            pass
    return None


def state() -> dict:
    """Raw numfree values: tuple index as the interpreter stores it (length through 3.10, length - 1
    from 3.11); method / cfunction only mean something on 3.8."""
    d = {"gc": [value(f"{I}->gc.generations[{g}].count", f"_PyRuntime.gc.generations[{g}].count")
                for g in range(3)]}
    for name, exprs in {
        "dict": (f"{I}->dict_state.numfree", f"{I}->object_state.freelists.dicts.numfree", "'dictobject.c'::numfree"),
        "list": (f"{I}->list.numfree", f"{I}->object_state.freelists.lists.numfree", "'listobject.c'::numfree"),
        "float": (f"{I}->float_state.numfree", f"{I}->object_state.freelists.floats.numfree",
                  "'floatobject.c'::numfree"),
        "frame": (f"{I}->frame.numfree", "'frameobject.c'::numfree"),
        "method": ("'classobject.c'::numfree",),
        "cfunction": ("'methodobject.c'::numfree",),
    }.items():
        d[name] = value(*exprs)
    d["tuple"] = {n: v for n in range(20)
                  if (v := value(f"{I}->tuple.numfree[{n}]", f"{I}->object_state.freelists.tuples.numfree[{n}]",
                                 f"'tupleobject.c'::numfree[{n}]"))}
    return d
