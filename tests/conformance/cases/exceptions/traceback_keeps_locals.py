# a saved exception's traceback keeps the raising frame's locals alive
import sys
class T:
    def __del__(self):
        print("T freed")
def fail():
    t = T()
    raise KeyError("k")
try:
    fail()
except KeyError as e:
    saved = e
print("handler done")
del saved
print("end")
