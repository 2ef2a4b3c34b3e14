# mapping patterns: MATCH_KEYS' values (a list turned into a tuple on 3.10) and the dict **rest copies
import gc
class Key:
    A = "a"
m = {"a": [1], "b": [2], "c": [3]}
def keys():
    match m:
        case {"a": x, "b": y}:
            return 1
def rest():
    match m:
        case {"a": x, **others}:
            return others
def dotted():
    match m:
        case {Key.A: x}:
            return 1
def missing():
    match m:
        case {"z": x}:
            return 1
for fn in (keys, rest, dotted, missing):
    gc.collect()
    r = fn()
    print(fn.__name__, gc.get_count(), r)
