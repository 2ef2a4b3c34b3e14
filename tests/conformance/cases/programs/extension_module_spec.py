# math is an extension module: ExtensionFileLoader's spec, __file__ in lib-dynload, no __cached__
import math
print(math, type(math.__loader__).__name__, math.__loader__.name)
print(math.__file__, math.__spec__.origin == math.__file__, math.__spec__.has_location)
print(list(vars(math))[:5], '__file__' in vars(math), hasattr(math, '__cached__'))
print(math.__spec__)
print(repr(math.__package__), math.__loader__.path == math.__file__)
