# Probe: the first import's gen-0 count and getallocatedblocks() deltas (fact first_import_footprint),
# collector disabled, start-up free lists (no gc.collect() before). For atexit / math replace the
# imported name: sed s/weakref/math/ probes/import_footprint.py | PYENV_VERSION=3.X.Y python -
import gc, sys
gc.disable()
c0 = gc.get_count()[0]; b0 = sys.getallocatedblocks()
import weakref
c1 = gc.get_count()[0]; b1 = sys.getallocatedblocks()
print('count', c1 - c0, 'blocks', b1 - b0)
