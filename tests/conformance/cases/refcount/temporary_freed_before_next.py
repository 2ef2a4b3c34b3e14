# a temporary argument is freed as soon as the call that used it returns, before the result is printed
class T:
    def __del__(self):
        print("temp freed")
def use(x):
    print("using")
    return 1
print(use(T()) + 1)
print("next statement")
