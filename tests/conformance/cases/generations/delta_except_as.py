# except ... as e, with the name kept and deleted; try/finally costs nothing
import gc
gc.collect()
c = gc.get_count
a0 = c()[0]
try:
    raise ValueError
except ValueError as e:
    pass
a1 = c()[0]
try:
    x = 1
finally:
    x = 2
a2 = c()[0]
print(a1 - a0, a2 - a1)
for i in range(700):
    try:
        raise ValueError
    except ValueError as e:
        last = e
print(type(last).__name__, c())
