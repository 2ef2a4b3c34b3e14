# A class defined in __main__ is printed as __main__.E through 3.10, as E from 3.11 (uncaught and unraisable)
import gc


class AppError(Exception):
    pass


class Holder:
    def __del__(self):
        raise AppError("in __del__")


h = Holder()
h.me = h
del h
gc.collect()
print("collected")
raise AppError("uncaught")
