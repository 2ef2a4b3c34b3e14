# get_objects with an out-of-range generation raises ValueError
import gc
for g in (3, -2):
    try:
        gc.get_objects(g)
    except ValueError as e:
        print(g, "ValueError:", e)
print(len(gc.get_objects(None)) > 0)
