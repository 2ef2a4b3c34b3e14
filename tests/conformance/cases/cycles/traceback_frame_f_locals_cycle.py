# reading f_locals of a finished frame through a saved traceback makes (3.8-3.12) the frame hold a dict of its locals, one of which is the traceback: a cycle only the collector frees
import gc
class Big:
    def __del__(self):
        print("Big freed")
def f():
    big = Big()
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
    return tb
gc.collect()
tb = f()
names = sorted(tb.tb_frame.f_locals)
print(names)
del tb, names
print("after del")
print(gc.collect() > 0)
print("end")
