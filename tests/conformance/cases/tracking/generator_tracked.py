# generators are tracked; a frame object from sys._getframe is tracked before 3.12 only
import gc, sys
def gen():
    yield sys._getframe()
g = gen()
print(gc.is_tracked(g))
frame = next(g)
print(gc.is_tracked(frame))
