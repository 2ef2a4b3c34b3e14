# a weakref.finalize callback that raises at exit prints a traceback through weakref.py
import weakref
class C:
    pass
c = C()
weakref.finalize(c, lambda: 1 / 0)
print("end of module")
