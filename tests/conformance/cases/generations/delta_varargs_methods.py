# METH_VARARGS methods and builtins get their arguments as a new tuple (and keywords as a dict)
import gc

d = {"a": 1}
s = {1}
calls = [
    lambda: "abc".find("b"), lambda: "abc".startswith("a"), lambda: "{}".format(1),
    lambda: "{a}".format(a=1), lambda: s.union({2}), lambda: s.update({2}),
    lambda: d.update({"b": 2}), lambda: d.update(b=2), lambda: max(1, 2),
    lambda: max([1, 2], key=str), lambda: b"abc".count(b"b"), lambda: vars(gc),
]
out = []
for call in calls:
    gc.collect()
    c0 = gc.get_count()[0]
    call()
    out.append(gc.get_count()[0] - c0)
print(out)
