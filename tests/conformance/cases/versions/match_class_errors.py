# class-pattern TypeErrors, with each version's message (3.12 says "class" where 3.10 says "type")
class Pair:
    __match_args__ = ("a", "b")
    a = b = 0
class Listy:
    __match_args__ = ["a"]
class Plain:
    pass
def too_many(v):
    match v:
        case Pair(1, 2, 3): pass
def not_a_tuple(v):
    match v:
        case Listy(1): pass
def no_match_args(v):
    match v:
        case Plain(1): pass
def twice(v):
    match v:
        case Pair(1, a=1): pass
def not_a_class(v):
    match v:
        case len(): pass
for fn, v in ((too_many, Pair()), (not_a_tuple, Listy()), (no_match_args, Plain()), (twice, Pair()),
              (not_a_class, 1)):
    try:
        fn(v)
    except TypeError as e:
        print(fn.__name__, "->", e)
