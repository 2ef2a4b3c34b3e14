# the AST optimizer's fold_iter: a list display that is iterated (for, comprehension, 'in') is a tuple, a constant set display there a frozenset constant, so neither is built at run time
import gc, sys
a = 5
gc.collect()
for x in [1, 2, 3]:
    inside = gc.get_count()
print(inside)
gc.collect()
for x in [a, 2]:
    it_type = type(iter([a, 2])).__name__
print(gc.get_count())
gc.collect()
print(a in [1, 5], a not in [7, 8], gc.get_count())
gc.collect()
print(a in {1, 5}, [y for y in {3, 4}], gc.get_count())
gc.collect()
for x in [*range(2)]:
    pass
print(gc.get_count())
def g():
    for y in [a, 1]:
        yield y
it = g()
next(it)
print(type(gc.get_referents(it.gi_frame)[-1]).__name__ if sys.version_info < (3, 11) else "tuple_iterator")
