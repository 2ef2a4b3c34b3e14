# class patterns: match_class's seen set, attrs list and tuple; a missing attribute's AttributeError
import gc
class Point:
    __match_args__ = ("x", "y")
    def __init__(self):
        self.x = [1]
        self.y = [2]
p = Point()
def positional():
    match p:
        case Point(a, b):
            return 1
def keyword_missing():
    match p:
        case Point(a, z=c):
            return 1
def nested():
    match (p, p):
        case (Point(x=[1]), Point(_, [q])):
            return q
def match_self():
    match 12345:
        case int(n):
            return 1
for fn in (positional, keyword_missing, nested, match_self):
    gc.collect()
    r = fn()
    print(fn.__name__, gc.get_count(), r)
