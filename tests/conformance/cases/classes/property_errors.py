# a property without the accessor it needs: the AttributeError text of each version
class A:
    p = property(lambda self: 1)
    q = property(None, lambda self, v: None)


def get(self):
    return 2


A.s = property(get)
a = A()
for f in (lambda: setattr(a, "p", 1), lambda: getattr(a, "q"), lambda: delattr(a, "p"),
          lambda: setattr(a, "s", 1), lambda: delattr(a, "s"), lambda: setattr(a, "q", 2) or a.q):
    try:
        f()
    except AttributeError as err:
        print(err)
