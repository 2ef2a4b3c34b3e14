# A generator whose suspended frame holds a list holding the generator: the collector finds the
# cycle through gen_traverse (3.8-3.10 via gi_frame's frame_traverse); close() from finalize_garbage
# runs the finally block and frees the frame's locals, so the cycle goes by refcount and collect()
# counts 0; gc.get_referrers(box) sees the frame (3.8-3.10) or the generator (3.11+)
import gc
def g():
    box = []
    try:
        yield box
    finally:
        print("finally")
it = g()
box = next(it)
box.append(it)
print([type(r).__name__ for r in gc.get_referrers(box)])
del it, box
print("collected", gc.collect())
