# The first `import weakref` imports types on 3.9, 3.10, 3.12 and 3.13 (not 3.8; 3.11 already has it
# at start-up), and Lib/types.py leaves its class _C as 7 cyclic objects. On 3.9 and 3.13 they wait
# for the program's first collection; on 3.10 and 3.12 an automatic collection during the import
# already freed them.
import gc, weakref
print(gc.collect())
print(gc.collect())
