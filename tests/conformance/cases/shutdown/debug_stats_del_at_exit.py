# A cycle with __del__ reachable from a global dies in a shutdown collection, with DEBUG_STATS on
import gc


class Resource:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("closing", self.name)


r = Resource("r")
gc.set_debug(gc.DEBUG_STATS)
print("exiting")
