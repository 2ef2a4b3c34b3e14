# closures made in a loop: cells, the closure tuple and the function, kept in a list
import gc
gc.collect()
def make(n):
    total = [n]
    def get():
        return total[0]
    return get
s0 = gc.get_stats()[0]['collections']
keep = []
for i in range(600):
    keep.append(make(i))
    if i % 150 == 0:
        print(i, gc.get_count())
print(sum(f() for f in keep))
keep = None
print(gc.get_stats()[0]['collections'] - s0, gc.collect(), gc.get_count())
