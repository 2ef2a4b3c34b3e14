# IOError and EnvironmentError are OSError itself: two more references to it in the builtins dict
import sys
print(IOError is OSError, EnvironmentError is OSError, IOError.__name__, EnvironmentError)
print(sys.getrefcount(OSError), sys.getrefcount(IOError) == sys.getrefcount(OSError))
try:
    raise IOError(2, "No such file or directory", "missing.txt")
except EnvironmentError as e:
    print(type(e).__name__, e.errno, e.filename, e)
    print(isinstance(e, IOError), issubclass(FileNotFoundError, EnvironmentError))
raise IOError("disk on fire")
