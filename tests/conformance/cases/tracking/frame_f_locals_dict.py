# frame.f_locals of a function: through 3.12 the frame's own dict, the one locals() returns, refreshed on every access and holding the values; 3.13 a write-through FrameLocalsProxy, new each time
import sys
def f():
    x = [1]
    fr = sys._getframe()
    a = fr.f_locals
    b = fr.f_locals
    print(a is b, sorted(a), type(a).__name__)
    first = locals()
    second = locals()
    print(first is second, first is a, sorted(first))
    y = 2
    print(sorted(fr.f_locals), sorted(a))
    print(sys.getrefcount(x))
    if type(a).__name__ == "FrameLocalsProxy":
        a["y"] = 5
    print(y, a["y"], len(a), "x" in a, a.get("nope", 0))
f()
