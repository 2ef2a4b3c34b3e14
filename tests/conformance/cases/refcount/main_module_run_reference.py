# __main__'s references: sys.modules, the running script's (_PyRun_SimpleFileObject), gone by atexit
import sys, atexit
main = sys.modules['__main__']
print(sys.getrefcount(main))
del main
print(sys.getrefcount(sys.modules['__main__']))
def at():
    print('atexit', sys.getrefcount(sys.modules['__main__']))
atexit.register(at)
