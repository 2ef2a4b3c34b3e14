# an unstarted generator's arguments are held until it is dropped; no finally runs
class T:
    def __del__(self):
        print("T freed")
def gen(t):
    try:
        yield t
    finally:
        print("finally")
g = gen(T())
print("created")
del g
print("end")
