# DEBUG_STATS writes through sys.stderr: capture it and print the "done" summary (timing normalised)
import gc, sys
class Capture:
    def __init__(self):
        self.text = []
    def write(self, s):
        self.text.append(s)
    def flush(self):
        pass
gc.collect()
gc.disable()
x = []
x.append(x)
del x
cap = Capture()
sys.stderr = cap
gc.set_debug(gc.DEBUG_STATS)
gc.collect()
gc.set_debug(0)
sys.stderr = sys.__stderr__
lines = "".join(cap.text).splitlines()
print([l for l in lines if "done" in l])
print([l for l in lines if "collecting" in l])
