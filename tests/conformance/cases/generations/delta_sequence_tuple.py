# PySequence_Tuple (tuple(x), f(*x)): a tuple of the length hint's slots (10 without one), grown and cut back
import gc
import sys
def f(*a):
    return len(a)
def gen(n):
    return (i for i in range(n))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i
gc.collect()
for name, call in (("gen7", lambda: tuple(gen(7))), ("gen12", lambda: tuple(gen(12))), ("gen0", lambda: tuple(gen(0))),
                   ("gen30", lambda: tuple(gen(30))), ("f gen7", lambda: f(*gen(7))), ("f gen25", lambda: f(*gen(25))),
                   ("f set", lambda: f(*{1, 2, 3})), ("f str", lambda: f(*"abcdef")), ("seq", lambda: tuple(Seq())),
                   ("f seq", lambda: f(*Seq())), ("f iter", lambda: f(*iter([1, 2]))), ("map", lambda: tuple(map(len, ["a", "b"])))):
    call()
    c0 = gc.get_count()[0]
    r = call()
    print(name, gc.get_count()[0] - c0, r if isinstance(r, int) else sys.getsizeof(r))
