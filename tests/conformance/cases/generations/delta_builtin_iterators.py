# What making zip/enumerate/map/filter objects costs: zip's iterator and result tuples, enumerate's
# result tuple, map's iterator tuple, and the args tuple until each type got vectorcall (3.10/3.11).
import gc

c = gc.get_count
t = [1, 2]
makers = (("enumerate", lambda: enumerate(t)), ("filter", lambda: filter(None, t)),
          ("map", lambda: map(str, t)), ("zip", lambda: zip(t, t)))
for name, mk in makers:
    mk()
    gc.collect()
    a = c()[0]
    o = mk()
    b = c()[0]
    first = next(o)
    d = c()[0]
    second = next(o)
    print(name, b - a, c()[0] - d, first, second, len(gc.get_referrers(t)))
z = zip(t, t)
p = next(z)
del p
q = next(z)
print(q, gc.is_tracked(q))
