# a TypeError/ValueError raised by C and caught: 3.8-3.11 make the instance in the handler, after the call's args tuple is freed; at once while another exception is handled
import gc
import weakref
gc.disable()
t = (1, 2)
def catch():
    try:
        weakref.ref(t)
    except TypeError:
        pass
def parse():
    try:
        int('x')
    except ValueError:
        pass
def in_handler():
    try:
        1 / 0
    except ZeroDivisionError:
        catch()
def measure(fn):
    fn()
    fn()
    gc.collect()
    before = gc.get_count()[0]
    fn()
    return gc.get_count()[0] - before
base = measure(lambda: None)
print(measure(catch) - base, measure(parse) - base, measure(in_handler) - base)
