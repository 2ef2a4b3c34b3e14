# heapglass: the part of CPython's Lib/types.py (3.9-3.13, same text) that leaves cyclic garbage when
# the module is first imported: the class _C, which the module deletes at its end
# (``del sys, _f, _g, _C, ...``), with its dict, __mro__, __bases__, the function _m and the
# __dict__ / __weakref__ descriptors. heapglass.interp.modules.footprint runs it where the real
# import reaches it and deletes _C where the real module does.

class _C:
    def _m(self): pass
MethodType = type(_C()._m)
