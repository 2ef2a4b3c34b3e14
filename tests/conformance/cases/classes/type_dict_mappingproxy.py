# a class's __dict__ is a new mappingproxy per read that sees later changes; builtin types' too
import gc
class C:
    x = 1
p = C.__dict__
C.y = 2
print(type(p).__name__, p is C.__dict__, p == C.__dict__, "y" in p, p["x"], p.get("z", 0), len(p) == len(dict(p)))
print(repr(vars(C))[:14], str(p)[:3], sorted(k for k in p if not k.startswith("__")))
print(type(int.__dict__).__name__, int.__dict__ == int.__dict__, "bit_length" in int.__dict__)
gc.collect()
before = gc.get_count()[0]
q = C.__dict__
r = int.__dict__
print(gc.get_count()[0] - before, gc.is_tracked(q))
for owner, name in ((dict, "fromkeys"), (int, "from_bytes"), (bytes, "fromhex"), (str, "maketrans"), (str, "join")):
    print(name, type(vars(owner)[name]).__name__)
o = object()
print(dict.__dict__["fromkeys"], o.__format__("") == str(o), repr(object.__subclasshook__(int)))
try:
    object().__format__("x")
except TypeError as e:
    print(e)
