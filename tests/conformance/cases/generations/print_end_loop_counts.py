# print(..., end=" ") in a loop with threshold 5: the collections inside print shift the counts
import gc
gc.set_threshold(5, 2, 2)
gc.collect()
objs = []
for i in range(10):
    objs.append([i])
    c = gc.get_count()
    print(c, end=" ")
print()
gc.set_threshold(700, 10, 10)
