# an exception stored in a local of the frame that caught it forms a cycle through the traceback
import gc
gc.collect()
gc.disable()
class T:
    def __del__(self):
        print("T freed")
def f():
    t = T()
    try:
        raise ValueError
    except ValueError as e:
        err = e
f()
print("returned")
print(gc.collect() > 0)
