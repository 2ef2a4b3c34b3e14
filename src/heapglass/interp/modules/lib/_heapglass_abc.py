# heapglass: the parts of CPython's Lib/_collections_abc.py (and types.GenericAlias) that
# lib/weakref.py and lib/_weakrefset.py use, for the model, which has no ABCMeta: the two mixin
# methods the weak dictionaries inherit (Mapping.__eq__, MutableMapping.clear; same code in 3.8-3.13),
# Mapping as the tuple isinstance() needs (dict is registered as a Mapping in CPython), and
# Set/MutableSet.register recording registrations (by name: CPython's registry is weak).

class MutableMapping:
    __slots__ = ()

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def clear(self):
        'D.clear() -> None.  Remove all items from D.'
        try:
            while True:
                self.popitem()
        except KeyError:
            pass


Mapping = (dict, MutableMapping)


class Set:
    __slots__ = ()
    _registered = []

    @classmethod
    def register(cls, subclass):
        # ABCMeta's registry (_abc_register) holds weak references: the class gains no counted one
        cls._registered.append(subclass.__name__)
        return subclass


class MutableSet(Set):
    __slots__ = ()


class GenericAlias:
    # types.GenericAlias as WeakSet.__class_getitem__ uses it: WeakSet[int]
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
