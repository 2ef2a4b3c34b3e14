"""Probe run on a real CPython (3.8+): singleton identity and reference counts; prints JSON.

Run: ``PYENV_VERSION=3.11.7 python -S tests/alloc/measure_caches.py``. sys.getrefcount counts its own
argument, so an immortal object reads exactly its stored count and a 3.11 static object reads
999999999 + (its references) + 1. Committed output: ``tests/alloc/data/caches_measured.json``.
"""
import json
import sys

g = sys.getrefcount
runtime = "".join(["ab", "cd_runtime"])  # noqa: FLY002 -- built at run time, so not interned
interned = sys.intern(runtime)


def const():
    return "ident_const_xyz"


def new_int(v):
    return int(str(v))


out = {
    "version": "{}.{}".format(*sys.version_info[:2]),
    "refcount": {
        "none": g(None), "true": g(True), "false": g(False), "ellipsis": g(...),
        "notimplemented": g(NotImplemented), "small_int": g(256), "int_257": g(new_int(257)),
        "empty_tuple": g(()), "empty_str": g(""), "empty_bytes": g(b""), "latin1_char": g(chr(255)),
        "single_byte": g(bytes([200])), "static_type": g(int), "interned_str_runtime": g(interned),
        "interned_str_identifier": g(const()), "str_static": g("__init__"),
    },
    "identity": {
        "int_-5": new_int(-5) is new_int(-5), "int_-6": new_int(-6) is new_int(-6),
        "int_256": new_int(256) is new_int(256), "int_257": new_int(257) is new_int(257),
        "chr_255": chr(255) is chr(255), "chr_256": chr(256) is chr(256),
        "bytes_1": bytes([65]) is bytes([65]), "bytes_2": bytes([65, 66]) is bytes([65, 66]),
        # identity with a literal is the point here (ruff F632 would turn `is` into `==`)
        "empty_tuple": tuple([]) is (),  # noqa: F632, C409
        "empty_str": "".join([]) is "",  # noqa: F632
        "empty_bytes": bytes([]) is b"",  # noqa: F632
        "empty_frozenset": frozenset([]) is frozenset([]),
    },
}
print(json.dumps(out, indent=1, sort_keys=True))
