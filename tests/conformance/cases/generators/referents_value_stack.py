# A generator suspended inside a for loop and a with block: the value stack holds the iterator and
# the __exit__ bound method after the locals (seq, y, c), seen through gi_frame's frame_traverse on
# 3.8-3.10 and through the generator's own _PyFrame_Traverse on 3.11+ (gi_frame visits nothing there)
import gc
def names(o):
    return [type(x).__name__ for x in gc.get_referents(o)]
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
def g(seq):
    for y in seq:
        try:
            with CM() as c:
                yield y
        finally:
            pass
it = g([10, 20])
next(it)
print(names(it))
print(names(it.gi_frame))
