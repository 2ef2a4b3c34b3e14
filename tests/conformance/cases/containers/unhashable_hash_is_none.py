# list, dict and set have __hash__ = None (PyObject_HashNotImplemented); subclasses inherit it unless they define one
class L(list):
    pass
class H(list):
    def __hash__(self): return 1
try:
    hash([])
except TypeError as e: print(e)
try:
    {L(): 1}
except TypeError as e: print(e)
print(hash(H()), hash(frozenset()) == hash(frozenset()), hash(()) == hash(()))
d = {}
try:
    d[{}] = 1
except TypeError as e: print(e)
print(set.__hash__ is None, frozenset.__hash__ is None)
print(list.__hash__, dict.__hash__, set.__hash__, [].__hash__ is None)
print(L.__hash__)
