# __closure__ exposes the cells; cell_contents reads the captured object
def outer():
    a = [1, 2]
    b = "s"
    def inner():
        return a, b
    return inner
f = outer()
print(len(f.__closure__), f.__closure__[0].cell_contents, f.__closure__[1].cell_contents)
print(f.__code__.co_freevars)
