# gc.get_count and gc.collect by generation as a program allocates containers and cycles
import gc
gc.collect()
gc.disable()


class Obj:
    pass


def make_cycles(n):
    for _ in range(n):
        a = Obj()
        b = Obj()
        a.other = b
        b.other = a


print("start", gc.get_count())
keep = [[] for _ in range(10)]
print("10 lists", gc.get_count())
make_cycles(5)
print("5 cycles made", gc.get_count())
print("gen0 collect", gc.collect(0), gc.get_count())
make_cycles(3)
print("gen1 collect", gc.collect(1), gc.get_count())
make_cycles(2)
print("full collect", gc.collect(), gc.get_count())
del keep
print("after del", gc.get_count())
print("thresholds are ints", all(isinstance(t, int) for t in gc.get_threshold()))
gc.enable()
