# getrefcount of a caught exception inside and after the handler
import sys
try:
    raise ValueError("v")
except ValueError as e:
    print(sys.getrefcount(e))
    keep = e
    print(sys.getrefcount(e))
print(sys.getrefcount(keep))
