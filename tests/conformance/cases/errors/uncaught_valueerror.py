# an uncaught exception prints a traceback to stderr and exits with status 1
def f(x):
    return int(x)
print("start")
f("not a number")
print("never")
