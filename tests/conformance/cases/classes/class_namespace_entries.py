# A class dict: __module__, a docstring as __doc__ (else None), 3.13's __firstlineno__ and
# __static_attributes__ (names methods assign as self.<name>), and __hash__ = None beside __eq__.
class K:
    y = 2
    print(list(vars()))

    def m(self):
        self.b = 1
        self.a, self.c = 2, 3

        def inner():
            self.z = 0
        return inner


def deco(c):
    return c


@deco
class E(K):
    "doc"
    __slots__ = ()

    def __eq__(self, o):
        return True


print(list(K.__dict__), K.__doc__, list(E.__dict__), E.__doc__, getattr(E, "__firstlineno__", None))
print(getattr(K, "__static_attributes__", None), getattr(E, "__static_attributes__", None))
