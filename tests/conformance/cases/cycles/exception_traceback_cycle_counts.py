# a caught exception stored in a local of its own frame: objects freed by collect()
import gc
gc.collect()
gc.disable()
def f():
    try:
        raise ValueError("x")
    except ValueError as e:
        saved = e
    return None
f()
print(gc.collect())
