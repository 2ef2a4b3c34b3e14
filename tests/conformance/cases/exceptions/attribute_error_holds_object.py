# from 3.10 an AttributeError leaving attribute access holds the object and the name (set_attribute_error_context), a NameError its name
import sys
class C:
    def __getattr__(self, name):
        e = AttributeError(name)
        if name == 'g':
            e.name = 'given'     # already set: left alone
        raise e
o = C()
try:
    object().x
except AttributeError as e:
    print(getattr(e, 'name', None), type(getattr(e, 'obj', None)).__name__)
for attr in ('x', 'g'):
    try:
        getattr(o, attr)
    except AttributeError as e:
        print(sys.getrefcount(o), getattr(e, 'name', None), getattr(e, 'obj', None) is o)
try:
    undefined_name
except NameError as e:
    print(getattr(e, 'name', None))
print(hasattr(o, 'y'), sys.getrefcount(o))
