# the cell dies with the last function referring to it
import gc
class T:
    def __del__(self):
        print("T freed")
def outer():
    t = T()
    return lambda: t, lambda: t
f, g = outer()
del f
print("one left")
del g
print("end")
