# staticmethod(len): functools_wraps' missing __annotations__ raises and clears an AttributeError (3.10-3.12)
import gc


def f(a):
    return a


gc.collect()
s = staticmethod(len)
print(gc.get_count())
gc.collect()
c = classmethod(len)
print(gc.get_count())
gc.collect()
t = staticmethod(f)
print(gc.get_count(), s.__func__ is len, c.__func__ is len)
