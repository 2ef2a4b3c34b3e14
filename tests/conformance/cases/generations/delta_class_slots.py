# classes with __slots__: the sorted slots tuple, member descriptors, no __dict__/__weakref__
import gc
gc.collect()
c = gc.get_count
a0 = c()[0]
class P:
    __slots__ = ('y', 'x')
a1 = c()[0]
class Q:
    __slots__ = 'v'
a2 = c()[0]
class R:
    __slots__ = ['a', '__weakref__']
a3 = c()[0]
print(a1 - a0, a2 - a1, a3 - a2, P.__slots__, Q.__slots__)
s0 = gc.get_stats()[0]['collections']
for i in range(100):
    class S:
        __slots__ = ('p', 'q')
    o = S()
    o.p = o
print(gc.get_stats()[0]['collections'] - s0, gc.collect(), gc.get_count())
