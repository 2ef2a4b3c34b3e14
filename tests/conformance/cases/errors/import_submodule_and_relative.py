# importing a submodule of a module that is no package, and a relative import from the main script
import gc
import sys
try:
    import sys.monitoring_not_here
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from weakref.sub import thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)
try:
    import gc.x as y
except ModuleNotFoundError as e:
    print(e)
import gc as g, sys as s
print(g is gc, s is sys)
from . import nothing
