# print to a Python file object writes piece by piece; flush=True and sys.stdout.write at a full generation 0
import gc, sys
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print(1, "two", 3.0, sep="-", end="!\n", file=w)
print(file=w)
print(w.parts)
out = []
for how in ("flush", "file", "write"):
    for k in (0, 1):
        gc.collect()
        gc.set_threshold(40)
        objs = []
        while gc.get_count()[0] < 40 - k:
            objs.append([])
        before = gc.get_count()[0]
        if how == "flush":
            print("x", flush=True)
        elif how == "file":
            print("x", file=sys.stdout)
        else:
            sys.stdout.write("x\n")
        out.append((how, before, gc.get_count()[0]))
        del objs
gc.set_threshold(700)
print(out)
