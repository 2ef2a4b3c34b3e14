# DEBUG_STATS list lengths with a program's cycles and containers among start-up's objects
import gc


class Node:
    def __init__(self, i):
        self.items = (i, -i)


class Cycle:
    def __init__(self):
        self.me = self


keep = [Node(i) for i in range(20)]
for i in range(30):
    Cycle()
gc.set_debug(gc.DEBUG_STATS)
gc.collect(0)
del keep
gc.collect()
gc.set_debug(0)
