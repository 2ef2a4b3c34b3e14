# a print() at gc.get_count()[0] == threshold starts a collection (its bound write method), one below does not
import gc
out = []
for k in (0, 1, 2):
    gc.collect()
    gc.set_threshold(40)
    objs = []
    while gc.get_count()[0] < 40 - k:
        objs.append([])
    before = gc.get_count()[0]
    print("x")
    out.append((before, gc.get_count()[0]))
    del objs
gc.set_threshold(700)
print(out)
