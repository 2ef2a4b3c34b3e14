# Probe: sys.getallocatedblocks() delta of the first `import gc` (fact first_import_footprint, gc's
# blocks: the first delta minus the second, which is the measuring statements' own; its count comes
# from scripts/read_startup_state.py: gc cannot count its own import).
import sys
b0 = sys.getallocatedblocks()
import gc
b1 = sys.getallocatedblocks()
import gc
b2 = sys.getallocatedblocks()
print('blocks', (b1 - b0) - (b2 - b1))
