# atexit._run_exitfuncs() runs the callbacks newest first and forgets them (3.8-3.9 re-raise the last error); _clear() drops references
import atexit, sys
class Arg:
    pass
a = Arg()
def fails(x):
    raise KeyError("k")
def show(x):
    print("show", type(x).__name__, sys.getrefcount(x))
atexit.register(fails, a)
atexit.register(show, a)
print(sys.getrefcount(a))
try:
    print(atexit._run_exitfuncs())
except KeyError as e:
    print("raised", repr(e))
print(atexit._ncallbacks(), sys.getrefcount(a))
atexit.register(show, a)
atexit.register(show, a)
print(atexit._ncallbacks(), sys.getrefcount(a))
atexit._clear()
print(atexit._ncallbacks(), sys.getrefcount(a))
