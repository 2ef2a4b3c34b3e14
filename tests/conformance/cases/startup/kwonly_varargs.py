# keyword-only arguments, *args and **kwargs in the name tuples
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
def f0(a, *rest, key0=1, flag=False, **options):
    return a, rest, options
def f1(a, *rest, key1=1, flag=False, **options):
    return a, rest, options
def f2(a, *rest, key2=1, flag=False, **options):
    return a, rest, options
def f3(a, *rest, key3=1, flag=False, **options):
    return a, rest, options
def f4(a, *rest, key4=1, flag=False, **options):
    return a, rest, options
