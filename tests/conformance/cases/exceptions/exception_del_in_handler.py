# an object created in a try block is freed when the handler finishes using it
class T:
    def __del__(self):
        print("T freed")
try:
    t = T()
    raise ValueError
except ValueError:
    print("handling")
    del t
print("end")
