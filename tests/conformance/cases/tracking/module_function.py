# 3.11+ run the main script through a function object made for it, which gc.get_objects() lists while it runs
import gc
fs = [o for o in gc.get_objects() if type(o).__name__ == 'function' and o.__code__.co_name == '<module>']
print([f.__name__ for f in fs], [f.__qualname__ for f in fs])
print([f.__module__ for f in fs], [f.__defaults__ for f in fs], [f.__globals__ is globals() for f in fs])
print([f.__doc__ for f in fs], [gc.is_tracked(f) for f in fs])
