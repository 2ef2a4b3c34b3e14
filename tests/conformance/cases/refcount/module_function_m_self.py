# a module's builtin functions hold the module (m_self) and its name (m_module): getrefcount(gc) counts each function
import gc, sys
print(sys.getrefcount(gc))
f = gc.collect
print(f.__self__ is gc, f.__module__, f.__qualname__, sys.getrefcount(gc))
print(gc.get_referents(f))
del f
print(len.__self__ is sys.modules["builtins"], len.__module__)
print([].append.__self__, [].append.__module__, [].append.__qualname__)
print(sys.getsizeof.__self__ is sys, sys.getrefcount(sys) > 40)
print(sum(1 for v in vars(gc).values() if type(v).__name__ == "builtin_function_or_method"))
before = sys.getrefcount(gc)
del sys.modules["gc"]
print(before - sys.getrefcount(gc))
