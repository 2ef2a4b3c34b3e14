# identifier-like literals are interned, so equal literals in different functions are the same object
def f():
    return "hello_world"
def g():
    return "hello_world"
print(f() is g())
a = "hello" + "_world"
print(a is f())
