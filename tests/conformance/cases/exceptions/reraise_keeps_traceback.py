# a bare raise re-raises with the original traceback entries plus the current frame
def inner():
    raise IndexError("i")
def middle():
    try:
        inner()
    except IndexError:
        raise
try:
    middle()
except IndexError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print(n)
