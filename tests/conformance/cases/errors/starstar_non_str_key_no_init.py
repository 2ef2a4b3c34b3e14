# a non-str ** key: a class taking no arguments says so first; __init__ / a function says keywords
class D:
    pass
class E:
    def __init__(self, **kw):
        pass
def f(**kw):
    pass
for call in (lambda: D(**{1: 2}), lambda: D(1, **{1: 2}), lambda: D(**{'a': 1, 2: 3}),
             lambda: object(**{1: 2}), lambda: E(**{1: 2}), lambda: f(**{1: 2}),
             lambda: dict(**{1: 2})):
    try:
        call()
    except TypeError as e:
        print(e)
