# sys describes the profiled CPython: version numbers, limits and platform constants
import sys
print(sys.version_info[:3], sys.version_info[3:], sys.version.split()[0])
print(sys.hexversion, sys.version_info >= (3, 8), sys.version_info < (4,))
print(sys.maxsize, sys.byteorder, sys.platform)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
print(type(sys.argv).__name__, len(sys.argv))
print(sys.stdout.write("written\n"))
print("to stderr", file=sys.stderr)
