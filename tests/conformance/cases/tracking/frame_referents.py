# Frame objects' referents: a finished call's frame kept by its return value and by a traceback owns
# its data (3.8-3.10 f_back, f_code, f_builtins, f_globals, locals; 3.11+ f_back, f_func, f_code,
# locals); a running frame's object visits nothing on 3.11+ (f_back is not stored until it owns it)
import gc
import sys
def names(o):
    return [type(x).__name__ for x in gc.get_referents(o)]
def returned():
    a = "s"
    b = [1]
    return sys._getframe()
f = returned()
print("returned", names(f))
def running():
    a = "s"
    print("running", names(sys._getframe()))
running()
def boom():
    z = (1, 2)
    raise ValueError("x")
try:
    boom()
except ValueError as e:
    tb = e.__traceback__
print("tb", names(tb), names(tb.tb_next))
print("tb_frame", names(tb.tb_next.tb_frame))
