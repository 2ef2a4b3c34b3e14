# the traceback lists every frame from the module to the raise
def a():
    b()
def b():
    c()
def c():
    raise KeyError("missing")
print("start")
a()
