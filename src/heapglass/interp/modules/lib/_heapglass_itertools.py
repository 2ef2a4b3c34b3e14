# heapglass: itertools.count (Modules/itertoolsmodule.c: count_next) for lib/weakref.py's
# finalize._index_iter; the model has no itertools module.

class count:
    def __init__(self, start=0, step=1):
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        return 'count(%r)' % (self._value,)
