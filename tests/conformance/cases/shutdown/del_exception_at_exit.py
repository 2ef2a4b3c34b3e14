# an exception in __del__ during shutdown is reported as ignored
class Bad:
    def __del__(self):
        raise RuntimeError("at exit")
b = Bad()
print("end of module")
