# the slot wrappers' own argument checks: check_num_args, PyArg_UnpackTuple, descr_check, no keywords
def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except TypeError as e:
        print('TypeError:', e)
show((1).__add__)
show((1).__add__, 1, 2)
show(int.__add__, 'a', 1)
show(int.__add__)
show(int.__add__, 1)
show((1).__neg__, 2)
show((1).__add__, x=1)
show((1).__pow__, 2, 3, 4)
show((1).__pow__)
show('a'.__add__, 1)
show(b'a'.__add__, 1)
show([].__add__, 1)
show('a'.__mul__, 'x')
show([1].__setitem__, 0)
show(float.__add__, 1, 1.0)
show(bool.__and__, 1, True)
show(int.__lt__, 1.0, 1)
show([].__len__, 1)
