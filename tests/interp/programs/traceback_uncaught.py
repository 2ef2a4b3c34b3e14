# an uncaught exception prints that version's traceback (caret lines from 3.11) and exits with 1
def inner(d):
    return d["missing"] + 1
def outer():
    data = {}
    return inner(data)
print("start")
outer()
