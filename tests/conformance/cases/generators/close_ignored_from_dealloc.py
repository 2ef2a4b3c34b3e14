# A generator that ignores GeneratorExit, closed by its dealloc (_PyGen_Finalize): close() raises
# RuntimeError, which is unraisable; the report's traceback is the running frame's one entry
# (_PyErr_WriteUnraisableMsg → _PyTraceBack_FromFrame), the line that dropped the generator (here
# whole-line statements: 3.11/3.12 underline a part of a line, which the model cannot yet place).
def g():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass
it = g()
next(it)
holder = [it]
it = None
holder.pop()
def drop():
    local = g()
    next(local)
    return 5
drop()
print("after")
