# More Lib/test/test_gc.py scenarios, replayed in tests/heap/test_collector_more.py.
import gc
import weakref

gc.disable()


def scenario(fn):
    gc.collect()
    print(fn.__name__, fn())


@scenario
def collect_generations_counts():            # test_gc.test_collect_generations
    x = []  # noqa: F841 (trickles through the generations)
    gc.collect(0)
    _a, b, c = gc.get_count()
    gc.collect(1)
    _d, e, f = gc.get_count()
    gc.collect(2)
    _g, h, i = gc.get_count()
    return (b, c), (e, f), (h, i)


@scenario
def get_count_after_new_list():              # test_gc.test_get_count
    a = gc.get_count()
    x = []  # noqa: F841
    d = gc.get_count()
    return a, d


class C1055820:
    def __init__(self, i):
        self.i = i
        self.loop = self


@scenario
def bug1055820b():                           # test_gc.test_bug1055820b
    ouch = []

    def callback(ignored):
        ouch[:] = [wr() for wr in WRs]

    Cs = [C1055820(i) for i in range(2)]
    WRs = [weakref.ref(c, callback) for c in Cs]
    c = None  # noqa: F841 (as in test_gc: drop the comprehension's last name)
    first = gc.collect(), len(ouch)
    Cs = None
    return first, gc.collect(), ouch


@scenario
def bug21435():                              # test_gc.test_bug21435
    class A:
        pass

    class B:
        def __init__(self, x):
            self.x = x

        def __del__(self):
            self.attr = None

    def do_work():
        a = A()
        b = B(A())
        a.attr = b
        b.attr = a

    do_work()
    n = gc.collect()
    return n, gc.collect()


@scenario
def del_breaks_cycle_objects_freed_during_finalize():
    log = []

    class P:
        def __init__(self, n):
            self.n = n

        def __del__(self):
            log.append(self.n)
            self.other = None

    a = P("a")
    b = P("b")
    a.other = b
    b.other = a
    del a, b
    return gc.collect(), log


@scenario
def uncollectable_reached_from_legacy_is_kept():
    # gc.garbage gets only tp_del objects (needs _testcapi.with_tp_del); here: SAVEALL + stats
    gc.set_debug(gc.DEBUG_SAVEALL)
    a = []
    b = [a]
    a.append(b)
    del a, b
    n = gc.collect()
    kinds = sorted(type(o).__name__ for o in gc.garbage)
    stats = gc.get_stats()[2]["collected"]
    gc.garbage.clear()
    gc.set_debug(0)
    return n, kinds, stats > 0
