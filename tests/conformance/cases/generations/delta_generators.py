# generator objects created, iterated and dropped: counts and automatic collections
import gc
gc.collect()
def gen(n):
    for i in range(n):
        yield [i]
s0 = gc.get_stats()[0]['collections']
total = 0
for k in range(300):
    for chunk in gen(3):
        total += len(chunk)
    if k % 100 == 0:
        print(k, gc.get_count())
print(total, gc.get_stats()[0]['collections'] - s0, gc.collect(), gc.get_count())
