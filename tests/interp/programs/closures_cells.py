# closures share cells; nonlocal rebinds them; a cell keeps its value alive
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c.__closure__[0].cell_contents)
def make(v):
    return lambda: v
fs = [make(i) for i in range(3)]
print([f() for f in fs])
x = "global"
def read():
    return x
def write():
    global x
    x = "changed"
write()
print(read())
