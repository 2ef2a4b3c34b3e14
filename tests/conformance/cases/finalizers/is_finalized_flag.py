# gc.is_finalized becomes True after __del__ ran on a resurrected object (3.9+)
import gc
gc.disable()
saved = []
class R:
    def __del__(self):
        saved.append(self)
r = R()
if hasattr(gc, "is_finalized"):
    print(gc.is_finalized(r))
    del r
    print(gc.is_finalized(saved[0]))
else:
    print("no gc.is_finalized")
