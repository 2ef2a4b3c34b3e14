# dict.copy() and dict() of an untracked dict keep it untracked
import gc
d = {"a": 1}
print(gc.is_tracked(d.copy()), gc.is_tracked(dict(d)))
e = {"a": [1]}
print(gc.is_tracked(e.copy()), gc.is_tracked(dict(e)))
print(gc.is_tracked(dict(a=1)), gc.is_tracked(dict.fromkeys("ab")))
