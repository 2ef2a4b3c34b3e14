# builtin modules' import-system attributes: __doc__, __package__, __loader__, __spec__
import gc
import sys
print(len(vars(gc)), sorted(vars(gc))[:6], list(vars(gc))[:6])
print(repr(gc.__doc__[:40]), repr(sys.__doc__[:30]))
print(gc.__spec__)
print(gc.__loader__, repr(gc.__package__), gc.__spec__.name, gc.__spec__.origin)
print(gc.__spec__.loader is gc.__loader__, gc.__spec__.parent, gc.__spec__.has_location, gc.__spec__.cached)
print(sorted(vars(gc.__spec__)))
print(sys.__spec__, sys.__loader__ is gc.__loader__)
print(gc, sys, type(gc.__spec__))
print(sys.getrefcount(gc), sys.getrefcount(gc.__spec__), sys.getrefcount(gc.__loader__))
print(hasattr(gc, '__file__'), hasattr(sys, '__cached__'))
