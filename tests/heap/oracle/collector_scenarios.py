# Scenarios from Lib/test/test_gc.py, test_finalization.py and test_weakref.py (GC parts), replayed
# in tests/heap/test_collector.py. Each prints one line: its name and what collect() etc. gave.
import gc
import weakref

gc.disable()
log = []


def scenario(fn):
    gc.collect()
    log.clear()
    print(fn.__name__, fn())


@scenario
def list_self_cycle():                       # test_gc.test_list
    lst = []
    lst.append(lst)
    del lst
    return gc.collect()


@scenario
def dict_self_cycle():                       # test_gc.test_dict
    d = {}
    d[1] = d
    del d
    return gc.collect()


@scenario
def tuple_list_cycle():                      # test_gc.test_tuple
    lst = []
    t = (lst,)
    lst.append(t)
    del t, lst
    return gc.collect()


class A:
    pass


@scenario
def instance_self_cycle():                   # test_gc.test_instance
    a = A()
    a.a = a
    del a
    return gc.collect()


@scenario
def newinstance_list_cycle():                # test_gc.test_newinstance (list subclass part omitted)
    a = A()
    b = A()
    a.b = b
    b.a = a
    del a, b
    return gc.collect()


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append(self.n)


@scenario
def finalizer_cycle_order():                 # test_finalization: __del__ order = list order
    a, b, c = D("a"), D("b"), D("c")
    c.x = b
    b.x = a
    a.x = c
    del a, b, c
    return gc.collect(), list(log)


@scenario
def self_cycle_finalizer_runs_once():        # test_finalization.SelfCycleBase
    a = D("a")
    a.me = a
    del a
    first = gc.collect(), list(log)
    return first, gc.collect(), list(log)


class Resurrector:
    saved = []  # noqa: RUF012 (shared on purpose)

    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append(self.n)
        Resurrector.saved.append(self)


@scenario
def resurrection_of_cycle():                 # test_finalization.test_simple_resurrect (cycle form)
    a = Resurrector("a")
    a.me = a
    del a
    first = gc.collect(), list(log), len(Resurrector.saved)
    Resurrector.saved.clear()
    return first, gc.collect(), list(log)


class R:
    def __init__(self, n, keep=False):
        self.n = n
        self.keep = keep

    def __del__(self):
        log.append(self.n)
        if self.keep:
            Resurrector.saved.append(self)


@scenario
def resurrection_does_not_block_other_garbage():   # test_gc (bpo-38379, 3.9+)
    for n, keep in (("x", False), ("y", True), ("z", False)):
        a = R(n + "1", keep)
        b = R(n + "2")
        a.o = b
        b.o = a
    del a, b
    first = gc.collect(), list(log)
    Resurrector.saved.clear()
    log.clear()
    return first, gc.collect(), list(log)


@scenario
def resurrection_is_transitive():            # test_gc.test_resurrection_is_transitive
    r = R("r", keep=True)
    other = A()
    r.other = other
    other.r = r
    wr = weakref.ref(other)
    del r, other
    n = gc.collect()
    saved = Resurrector.saved.pop()
    alive = wr() is not None and saved.other is wr()
    del saved
    return n, alive, gc.collect()


@scenario
def weakref_callback_before_finalizers():    # test_weakref / test_gc.test_bug1055820c shape
    b = D("b")
    c = D("c")
    b.o = c
    c.o = b
    ext = weakref.ref(b, lambda r: log.append("cb-ext"))
    c.inner = weakref.ref(b, lambda r: log.append("cb-inner"))
    del b, c
    return gc.collect(), list(log), ext() is None


@scenario
def weakref_to_garbage_dead_inside_del():    # __del__ sees the weakref already cleared
    class W:
        def __del__(self):
            log.append(wr() is None)
    w = W()
    w.me = w
    wr = weakref.ref(w)
    del w
    return gc.collect(), list(log)


@scenario
def weakref_callback_order_is_list_order():  # two garbage objects, one external weakref each
    a = A()
    b = A()
    a.b = b
    b.a = a
    wa = weakref.ref(a, lambda r: log.append("a"))  # noqa: F841 (keeps the weakref alive)
    wb = weakref.ref(b, lambda r: log.append("b"))  # noqa: F841 (keeps the weakref alive)
    del a, b
    return gc.collect(), list(log)


@scenario
def weakref_callback_newest_first_on_one_object():
    a = A()
    a.me = a
    w1 = weakref.ref(a, lambda r: log.append("w1"))  # noqa: F841 (keeps the weakref alive)
    w2 = weakref.ref(a, lambda r: log.append("w2"))  # noqa: F841 (keeps the weakref alive)
    del a
    return gc.collect(), list(log)


@scenario
def weakref_dies_after_callback_counts():    # handle_weakrefs' num_freed
    a = A()
    a.me = a
    holder = [weakref.ref(a, lambda r: holder.clear())]
    del a
    return gc.collect(), len(holder)


@scenario
def untrack_tuples_any_generation():         # test_gc.test_bug21435 area: atomic tuples untracked
    t = tuple([1, 2])  # noqa: C409 (a runtime-built tuple, tracked at creation)
    before = gc.is_tracked(t)
    gc.collect(0)
    return before, gc.is_tracked(t)


@scenario
def untrack_dicts_only_full():
    d = {"a": []}
    d["a"] = 1
    r = [gc.is_tracked(d)]
    gc.collect(0)
    r.append(gc.is_tracked(d))
    gc.collect(1)
    r.append(gc.is_tracked(d))
    gc.collect()
    r.append(gc.is_tracked(d))
    return r


@scenario
def promotion_between_generations():         # survivors move one generation up
    a = A()
    a.me = a
    where = []
    for g in (0, 1):
        where.append([any(o is a for o in gc.get_objects(i)) for i in range(3)])
        gc.collect(g)
    where.append([any(o is a for o in gc.get_objects(i)) for i in range(3)])
    return where


@scenario
def nested_tuples_untracked_in_one_pass():
    t = tuple([tuple([1, 2]), 3])  # noqa: C409 (runtime-built tuples)
    gc.collect(0)
    return gc.is_tracked(t), gc.is_tracked(t[0])


@scenario
def saveall_keeps_garbage():                 # test_gc.test_saveall
    gc.set_debug(gc.DEBUG_SAVEALL)
    lst = []
    lst.append(lst)
    del lst
    n = gc.collect()
    g = list(gc.garbage)
    gc.garbage.clear()
    gc.set_debug(0)
    return n, len(g), g[0] is g[0][0]


@scenario
def get_count_after_collect():
    gc.collect()
    return gc.get_count()


@scenario
def stats_counted_for_requested_generation():
    gc.collect()
    before = gc.get_stats()
    lst = []
    lst.append(lst)
    del lst
    gc.collect(1)
    after = gc.get_stats()
    return [after[i]["collections"] - before[i]["collections"] for i in range(3)], \
        after[1]["collected"] - before[1]["collected"]
