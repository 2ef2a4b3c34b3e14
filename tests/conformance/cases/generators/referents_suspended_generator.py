# gc.get_referents of a generator, in gen_traverse order: 3.8-3.10 gi_frame, gi_code, name,
# qualname; 3.11 gi_code, name, qualname, then the embedded frame (function, code, locals);
# 3.12+ no gi_code, name and qualname first; a finished one keeps only its own fields
import gc
def names(o):
    return [type(x).__name__ for x in gc.get_referents(o)]
def g():
    x = 1
    yield x
it = g()
print("unstarted", names(it))
next(it)
print("suspended", names(it))
refs = gc.get_referents(it)
print([x is g.__code__ for x in refs], [x is it.__name__ for x in refs])
for _ in it:
    pass
print("finished", names(it))
