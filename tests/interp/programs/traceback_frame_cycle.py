# an exception kept after its handler holds the frame and its locals through __traceback__
import gc
import sys
gc.disable()
class T:
    def __del__(self):
        print("T freed")
def fail():
    local = T()
    raise ValueError("x")
def keep():
    try:
        fail()
    except ValueError as e:
        return e
err = keep()
tb = err.__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
del tb
print("dropping the exception")
del err
print("after del", sys.getrefcount(None) > 0)
