# DEBUG_STATS of a generation-0 collection: generation 0's size is ours (older sizes are start-up heap)
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
y = [[], []]
del x
cap = Capture()
sys.stderr = cap
gc.set_debug(gc.DEBUG_STATS)
gc.collect(0)
gc.set_debug(0)
sys.stderr = sys.__stderr__
for line in "".join(cap.text).splitlines():
    if "each generation" in line:
        print("generation 0 size:", line.split(":")[2].split()[0])
    elif "permanent" not in line:
        print(line.rsplit(",", 1)[0])
