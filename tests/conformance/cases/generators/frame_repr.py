# frame_repr: '<frame at ADDR, file NAME, line N, code NAME>', the line being the frame's current
# one (a suspended generator's: where it stopped).
import sys
def f():
    return sys._getframe()
fr = f()
print(repr(fr).split(", ", 1)[1])
def gen():
    yield 1
    yield 2
it = gen()
next(it)
print(repr(it.gi_frame).split(", ", 1)[1])
next(it)
print(repr(it.gi_frame).split(", ", 1)[1])
print(repr(sys._getframe()).split(", ", 1)[1])
