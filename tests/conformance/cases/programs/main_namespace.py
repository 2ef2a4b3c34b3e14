# __main__'s namespace: add_main_module's and _PyRun_SimpleFileObject's names, in CPython's order
import sys
main = sys.modules['__main__']
names = globals()
print(sorted(names))
print(list(names))
print(main.__package__, main.__spec__, main.__cached__, main.__annotations__)
loader = main.__loader__
print(type(loader).__name__, type(loader), loader.name)
print(repr(loader)[:48], loader.path == main.__file__)
print([c.__name__ for c in type(loader).__mro__])
print(sorted(vars(loader)), main)
print(sys.getrefcount(main), sys.getrefcount(main.__annotations__))
