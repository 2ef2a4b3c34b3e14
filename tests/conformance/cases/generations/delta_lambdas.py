# lambdas made and called in a loop, some kept: function objects and their frames
import gc
gc.collect()
c = gc.get_count
a0 = c()[0]
sq = lambda v: v * v
a1 = c()[0]
(lambda v: v)(1)
a2 = c()[0]
print(a1 - a0, a2 - a1)
keep = []
for i in range(800):
    keep.append(lambda v, i=i: [v, i])
    if i % 200 == 0:
        print(i, c())
print(len(keep), gc.collect(), c())
