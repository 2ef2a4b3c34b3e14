# an exception in __del__ is reported as "Exception ignored in" on stderr, the program goes on
class Bad:
    def __del__(self):
        raise RuntimeError("boom")
b = Bad()
del b
print("still running")
