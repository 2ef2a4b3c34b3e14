# deleting a missing attribute: 3.8-3.10 word the error as just the name when the object has a dict slot
class C:
    pass


class S:
    __slots__ = ("a",)


o = C()
o.a = 1


def f():
    pass


for x in (o, C(), len, f, ValueError(), S()):
    try:
        del x.zz
    except AttributeError as e:
        print(type(x).__name__, e)
f.a = 1
del f.a
print(f.__dict__)
