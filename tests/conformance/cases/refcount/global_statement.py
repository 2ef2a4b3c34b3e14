# a global bound from inside a function is one module reference
import sys
o = object()
def bind():
    global g
    g = o
print(sys.getrefcount(o))
bind()
print(sys.getrefcount(o))
def unbind():
    global g
    del g
unbind()
print(sys.getrefcount(o))
