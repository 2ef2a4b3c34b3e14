# a failing atexit callback at exit: 'Error in atexit._run_exitfuncs' through 3.9, 'Exception ignored in atexit callback' from 3.10 (SystemExit too)
import atexit
def fails():
    print("fails runs")
    raise ValueError("in callback")
def exits():
    print("exits runs")
    raise SystemExit(3)
def fine(tag):
    print("fine runs", tag)
atexit.register(fine, "first")
atexit.register(fails)
atexit.register(exits)
print("end of module")
