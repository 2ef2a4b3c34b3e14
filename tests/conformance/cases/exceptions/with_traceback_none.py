# clearing __traceback__ releases the frames it held
class T:
    def __del__(self):
        print("T freed")
def fail():
    t = T()
    raise ValueError
try:
    fail()
except ValueError as e:
    saved = e
print("before clear")
saved.__traceback__ = None
print("after clear")
