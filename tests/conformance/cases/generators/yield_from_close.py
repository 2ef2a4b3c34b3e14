# closing the outer generator closes the delegated subgenerator first
def sub():
    try:
        yield 1
    finally:
        print("sub finally")
def outer():
    try:
        yield from sub()
    finally:
        print("outer finally")
g = outer()
next(g)
g.close()
print("end")
