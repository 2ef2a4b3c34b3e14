# raise and catch in a loop: exception instances, tracebacks and (3.11+) lazily made frames
import gc
gc.collect()
c = gc.get_count
def fail(n):
    raise KeyError(n)
s0 = gc.get_stats()[0]['collections']
caught = 0
for i in range(900):
    try:
        fail(i)
    except KeyError:
        caught += 1
    if i % 300 == 0:
        print(i, c())
print(caught, gc.get_stats()[0]['collections'] - s0, gc.collect(), c())
