# An unbound slot wrapper call packs its arguments in two tuples (MakeTpCall, GetSlice)
import gc

x = object()
gc.collect()
gc.disable()
c0 = gc.get_count()[0]
c1 = gc.get_count()[0]
object.__getattribute__(x, "__class__")
c2 = gc.get_count()[0]
int.__add__(1, 2)
c3 = gc.get_count()[0]
(5).__mul__(2)
c4 = gc.get_count()[0]
print(c1 - c0, c2 - c1, c3 - c2, c4 - c3)
