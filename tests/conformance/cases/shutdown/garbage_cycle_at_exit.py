# an unreachable cycle left at exit is collected during shutdown (its __del__ runs)
import gc
gc.disable()
class T:
    def __del__(self):
        print("garbage cycle finalized")
t = T()
t.me = t
del t
print("end of module")
