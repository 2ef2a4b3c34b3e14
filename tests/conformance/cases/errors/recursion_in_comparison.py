# Through 3.10 every rich comparison takes one level of the recursion limit
# (Py_EnterRecursiveCall(" in comparison")), so a recursion that compares on each level hits the
# limit inside the comparison and says so; a recursion without comparisons hits it at the call.
import gc

deepest = 0


def up(n):
    global deepest
    deepest = n
    return 0 if n < 0 else up(n + 1)


def plain(n):
    global deepest
    deepest = n
    return plain(n + 1)


for fn in (up, plain):
    try:
        fn(0)
    except RecursionError as e:
        print(fn.__name__, deepest, e)
print(gc.collect())
