# a with-statement target holds the context manager result until the name is deleted
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc)
        return False
    def __del__(self):
        print("del CM")
with CM() as cm:
    print("body")
print("after with")
del cm
print("end")
