# a set holds one reference per distinct member
import sys
o = object()
base = sys.getrefcount(o)
s = {o}
s.add(o)
print(sys.getrefcount(o) - base, len(s))
s.discard(o)
print(sys.getrefcount(o) - base, len(s))
