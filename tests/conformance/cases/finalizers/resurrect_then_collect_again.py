# after resurrection, breaking the reference and collecting frees it without a second __del__
import gc
gc.collect()
gc.disable()
saved = []
class R:
    def __del__(self):
        print("del")
        saved.append(self)
r = R()
r.me = r
del r
print(gc.collect())
saved.clear()
print(gc.collect())
