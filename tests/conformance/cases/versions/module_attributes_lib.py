# a pure-Python module's spec (Lib/weakref.py): __file__, __cached__, its SourceFileLoader
import weakref
print(list(vars(weakref))[:8], len(vars(weakref)))
print(weakref.__file__, weakref.__cached__, repr(weakref.__package__))
print(weakref.__spec__)
print(type(weakref.__loader__), weakref.__loader__.name, weakref.__loader__.path == weakref.__file__)
print(weakref.__spec__.has_location, weakref.__spec__.cached == weakref.__cached__)
print(weakref)
