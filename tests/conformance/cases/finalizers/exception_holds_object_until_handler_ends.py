# an exception argument stays alive until the except block ends and the name is unbound
class T:
    def __del__(self):
        print("T freed")
try:
    raise ValueError(T())
except ValueError:
    print("in handler")
print("after handler")
