# frames of generators: f_back is the resumer while running, tracebacks pass through suspended ones
import sys
def inner():
    f = sys._getframe()
    print(f.f_code.co_name, f.f_back.f_code.co_name)
    yield 1
    print("back is", sys._getframe().f_back.f_code.co_name)
    raise ValueError("from inner")
def outer():
    yield from inner()
def consume():
    g = outer()
    print(next(g), g.gi_frame.f_lineno, g.gi_running)
    try:
        for x in g:
            pass
    except ValueError as e:
        tb = e.__traceback__
        while tb is not None:
            print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
            tb = tb.tb_next
    print(g.gi_frame)
consume()
