# Three independent 2-cycles; one object resurrects itself from __del__.
import gc

gc.disable()
saved = []
log = []
class R:
    def __init__(self, n, keep=False): self.n = n; self.keep = keep
    def __del__(self):
        log.append(self.n)
        if self.keep: saved.append(self)
def pair(n, keep=False):
    a = R(n + "1", keep); b = R(n + "2"); a.o = b; b.o = a
pair("x"); pair("y", True); pair("z")
print("first", gc.collect(), log)
saved.clear(); log.clear()
print("second", gc.collect(), log)
