# during collection __del__ still sees the other members' attributes intact
import gc
gc.collect()
gc.disable()
class N:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print("del", self.v, "peer", self.peer.v)
a, b = N(1), N(2)
a.peer, b.peer = b, a
del a, b
print(gc.collect())
