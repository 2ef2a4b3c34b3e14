# a metaclass __new__ forwarding **kwargs to type.__new__ (CALL_FUNCTION_EX into a METH_VARARGS builtin): gc counts
import gc
gc.collect()
c = gc.get_count
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, **kw)
out = []
for i in range(3):
    a = c()[0]
    class A(metaclass=M):
        pass
    out.append(c()[0] - a)
print(out)
