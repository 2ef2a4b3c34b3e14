# a tuple holding an atom-only tuple becomes untracked in one collection too
import gc
inner = tuple([1, 2])
outer = tuple([inner, 3])
print(gc.is_tracked(inner), gc.is_tracked(outer))
gc.collect()
print(gc.is_tracked(inner), gc.is_tracked(outer))
