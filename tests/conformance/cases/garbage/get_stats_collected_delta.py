# gc.get_stats records how many objects each generation's collections freed
import gc
gc.collect()
gc.disable()
before = gc.get_stats()[2]["collected"]
for i in range(4):
    x = []
    x.append(x)
del x
gc.collect(2)
print(gc.get_stats()[2]["collected"] - before)
