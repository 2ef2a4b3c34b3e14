# a resurrected object's __del__ is not called again when it dies later (PEP 442)
import gc
gc.collect()
gc.disable()
saved = []
class R:
    def __del__(self):
        print("__del__ called")
        saved.append(self)
r = R()
del r
print(len(saved))
saved.clear()
print("cleared")
