# an exception kept with its traceback keeps the frames and their locals alive
import gc
gc.collect()
import sys


class Big:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del Big", self.tag)


def parse(text):
    big = Big(text)
    return int(text)


def load(items):
    errors = []
    for item in items:
        try:
            parse(item)
        except ValueError as e:
            errors.append(e)
    return errors


errors = load(["1", "x", "2", "y"])
print(len(errors), [str(e) for e in errors])
tb = errors[0].__traceback__
names = []
while tb is not None:
    names.append(tb.tb_frame.f_code.co_name)
    tb = tb.tb_next
print(names)
print(errors[1].__traceback__.tb_next.tb_frame.f_locals["text"])
print("dropping first")
del errors[0]
print("dropping rest")
errors.clear()
print("collect", gc.collect())
try:
    parse("z")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v.args)
print("after except")
del t, v, tb
print("collect", gc.collect())
