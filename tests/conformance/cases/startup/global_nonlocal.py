# global and nonlocal statements give their blocks a directives list
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
counter = 0
def bump0():
    global counter
    counter += 0
def bump1():
    global counter
    counter += 1
def bump2():
    global counter
    counter += 2
def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
