# a __del__ at exit can still use module globals and builtins
PREFIX = "bye"
class T:
    def __del__(self):
        print(PREFIX, len([1, 2]))
t = T()
print("end of module")
