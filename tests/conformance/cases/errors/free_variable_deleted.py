# a closure reading a deleted free variable raises NameError
def outer():
    v = 1
    def inner():
        return v
    del v
    return inner
try:
    outer()()
except NameError as e:
    print(type(e).__name__, e)
print("end")
