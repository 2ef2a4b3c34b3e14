# common runtime errors carry the version's messages
def f(a, b=1, *, c):
    return a
tests = [
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, c=1, d=2),
    lambda: undefined_name,
    lambda: [].pop(),
    lambda: {}["k"],
    lambda: (1, 2)[5],
    lambda: int("x"),
    lambda: None.attr,
    lambda: 1 + "a",
    lambda: len(5),
    lambda: [1, 2] < 3,
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def g():
    print(x)
    x = 1
try:
    g()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
class NoCM:
    pass
try:
    with NoCM():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
