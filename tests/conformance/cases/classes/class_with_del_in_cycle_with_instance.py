# a class referencing its own instance through a class attribute, dropped and collected
import gc
gc.collect()
gc.disable()
def make():
    class K:
        def __del__(self):
            print("K instance finalized")
    K.single = K()
    return None
make()
print(gc.collect() > 0)
