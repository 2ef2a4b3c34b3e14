# a materialised instance __dict__ is tracked once it holds a container, except in 3.13
import gc
class C:
    pass
c = C()
c.x = 1
d = c.__dict__
print(gc.is_tracked(d))
c.y = []
print(gc.is_tracked(c.__dict__))
