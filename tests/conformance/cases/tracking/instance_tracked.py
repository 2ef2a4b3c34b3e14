# instances of user classes are tracked, with or without __slots__
import gc
class C:
    pass
class S:
    __slots__ = ("a",)
class E:
    __slots__ = ()
print(gc.is_tracked(C()), gc.is_tracked(S()), gc.is_tracked(E()))
