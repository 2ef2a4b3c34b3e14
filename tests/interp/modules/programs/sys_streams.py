# sys.stdout/sys.stderr are TextIOWrapper objects; replacing sys.stderr captures the collector's DEBUG lines
import gc
import sys
for f in (lambda: sys.stdout.write(), lambda: sys.stdout.write(1), lambda: sys.stdout.flush(1),
          lambda: sys.stdout.write("a", x=1)):
    try:
        f()
    except TypeError as e:
        print(e)
print(type(sys.stdout), sys.stdout is sys.__stdout__, sys.stderr.write("err\n"))
class Capture:
    def __init__(self):
        self.text = []
    def write(self, s):
        self.text.append(s)
        return len(s)
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
gc.collect(0)
gc.set_debug(0)
sys.stderr = sys.__stderr__
print([line.split(",")[0] for line in "".join(cap.text).splitlines() if "done" in line])
sys.stdout = cap
print("captured print")
sys.stdout = sys.__stdout__
print("".join(cap.text).endswith("captured print\n"))
