# closing a generator that never started runs no code; before 3.12 it also frees the arguments at once
class T:
    def __del__(self):
        print("T freed")
def gen(t):
    print("body started")
    try:
        yield t
    finally:
        print("finally")
g = gen(T())
g.close()
print("closed")
del g
print("end")
