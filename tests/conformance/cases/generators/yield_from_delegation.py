# yield from forwards values and returns the subgenerator's result
def sub():
    yield "a"
    yield "b"
    return "sub-result"
def outer():
    r = yield from sub()
    print("sub returned", r)
    yield "c"
print(list(outer()))
