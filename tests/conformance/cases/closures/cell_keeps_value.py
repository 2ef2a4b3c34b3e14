# a closure's cell keeps the captured object alive after the outer function returns
class T:
    def __del__(self):
        print("T freed")
def outer():
    t = T()
    def inner():
        return t
    return inner
f = outer()
print("outer returned")
del f
print("end")
