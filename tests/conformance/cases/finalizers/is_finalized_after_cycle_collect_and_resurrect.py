# an object resurrected by another cycle member's __del__ was not finalized itself unless it has __del__
import gc
gc.collect()
gc.disable()
saved = []
class Plain:
    pass
class Saver:
    def __del__(self):
        saved.append(self.peer)
s = Saver()
p = Plain()
s.peer, p.peer = p, s
del s, p
print(gc.collect())
print(type(saved[0]).__name__, gc.is_finalized(saved[0]) if hasattr(gc, "is_finalized") else "n/a")
print(gc.is_finalized(saved[0].peer) if hasattr(gc, "is_finalized") else "n/a")
