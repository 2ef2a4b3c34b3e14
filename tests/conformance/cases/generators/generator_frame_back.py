# f_back of generator frames: none while suspended or before the first resume, the resumer while running
import sys
def gen():
    while True:
        yield sys._getframe().f_back.f_code.co_name
def make():
    return gen()
g = make()
print(g.gi_frame.f_back)
def first():
    return next(g)
def second():
    return next(g)
print(first(), second(), g.gi_frame.f_back)
def watcher():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    yield f.f_back.f_code.co_name
w = watcher()
print(next(w), w.gi_frame.f_back, [next(w)], w.gi_frame.f_back)
