# the "except as" name and sys.exception (3.11+) see the same object
import sys
try:
    raise ValueError("v")
except ValueError as e:
    print(sys.exc_info()[1] is e)
    print(sys.exception() is e if hasattr(sys, "exception") else "no sys.exception")
print(hasattr(sys, "exception"))
