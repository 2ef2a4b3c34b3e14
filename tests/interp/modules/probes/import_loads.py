# Probe: which modules the first `import weakref` loads (fact first_import_loads) and the garbage it
# leaves (types._C: fact types_garbage_marks): PYENV_VERSION=3.X.Y python probes/import_loads.py
import gc, sys
before = set(sys.modules)
gc.set_debug(gc.DEBUG_SAVEALL)
import weakref
print(sorted(set(sys.modules) - before))
print(gc.collect(), sorted(type(o).__name__ for o in gc.garbage))
