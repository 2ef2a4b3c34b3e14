# frames kept alive: a stored traceback and a closure keep a function's locals until released
import gc
gc.collect()
import sys


class Payload:
    count = 0

    def __init__(self):
        Payload.count += 1

    def __del__(self):
        Payload.count -= 1
        print("  payload freed")


def failing():
    data = Payload()
    raise RuntimeError("fail with data alive")


def keep_closure():
    data = Payload()

    def peek():
        return type(data).__name__
    return peek


saved = None
try:
    failing()
except RuntimeError as e:
    saved = e
print("alive after except:", Payload.count)
frame = saved.__traceback__.tb_next.tb_frame
print("frame function:", frame.f_code.co_name, "has data:", "data" in frame.f_locals)
del frame
print("dropping exception")
saved = None
print("alive:", Payload.count)
peek = keep_closure()
print("closure alive:", Payload.count, peek())
del peek
print("alive:", Payload.count)
try:
    failing()
except RuntimeError:
    info = sys.exc_info()
print("exc_info kept:", Payload.count, info[0].__name__)
del info
print("final:", Payload.count, gc.collect())
