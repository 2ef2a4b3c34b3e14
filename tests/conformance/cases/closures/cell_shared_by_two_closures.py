# two closures over the same variable share one cell: a rebind is seen by both
def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def get():
        return n
    return inc, get
inc, get = make()
inc()
inc()
print(get(), inc.__closure__[0] is get.__closure__[0])
