# sequence patterns: UNPACK_EX's list for a starred name (sized by the length hint), subscripts for `*_`
import gc
import sys
def star():
    match [[1], [2], [3], [4], [5], [6], [7]]:
        case [a, *mid, b]:
            return mid
def star_last():
    match ([1], [2], [3], [4], [5], [6]):
        case (*head, z):
            return head
def star_wildcard():
    match [[1], [2], [3], [4]]:
        case [a, *_, b]:
            return 1
def plain():
    match ([1], [2]):
        case (a, b):
            return 1
def wildcards():
    match [[1], [2]]:
        case [_, _]:
            return 1
for fn in (star, star_last, star_wildcard, plain, wildcards):
    gc.collect()
    r = fn()
    count = gc.get_count()
    print(fn.__name__, count, sys.getsizeof(r))
