# an exception raised in __del__ is printed as "Exception ignored in" and execution continues
class Bad:
    def __del__(self):
        raise RuntimeError("boom")
b = Bad()
del b
print("still running")
