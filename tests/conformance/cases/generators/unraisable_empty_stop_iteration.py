# The unraisable hook writes "Name: " even for an empty message (write_unraisable_exc_file), unlike
# a traceback's last line; and StopIteration leaving a generator closed by its dealloc is turned into
# RuntimeError (PEP 479 on the close() path).
class A:
    def __del__(self):
        raise StopIteration
class B:
    def __del__(self):
        raise ValueError()
a = A()
del a
b = B()
del b
def g():
    try:
        yield 1
    finally:
        raise StopIteration
holder = [g()]
next(holder[0])
holder.pop()
print("end")
