# descriptors' __name__, __qualname__, __objclass__, __doc__ and repr: __dict__/__weakref__ getsets, slot members, methods
class A: pass
class S:
    __slots__ = ('x', '__weakref__')
d = A.__dict__['__dict__']
print(d.__name__, d.__qualname__, d.__objclass__, type(d).__name__, d.__doc__, d)
w = A.__dict__['__weakref__']
print(w.__name__, w.__qualname__, w.__objclass__ is A, w, w.__doc__)
x = S.__dict__['x']
print(x.__name__, x.__qualname__, x.__objclass__, x, x.__doc__, S.__weakref__)
print(list.append.__name__, list.append.__qualname__, str.join.__objclass__, list.append)
print(int.real.__name__, int.real.__objclass__)
print(type(x).__name__, type(list.append).__name__, type(int.real).__name__)
