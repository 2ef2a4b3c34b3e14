# with gc disabled, many cycles accumulate until an explicit collect
import gc
gc.collect()
gc.disable()
print(gc.isenabled())
for i in range(3000):
    x = []
    x.append(x)
del x
print(gc.collect())
gc.enable()
print(gc.isenabled())
