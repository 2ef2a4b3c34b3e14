# an exception in __del__ is printed as "Exception ignored in" with a traceback
class Bad:
    def __del__(self):
        raise ValueError("from __del__")
b = Bad()
b = None
print("continues")
