# deleting a slot attribute releases its value
class T:
    def __del__(self):
        print("T freed")
class S:
    __slots__ = ("v",)
s = S()
s.v = T()
del s.v
print("slot deleted")
try:
    s.v
except AttributeError as e:
    print("AttributeError:", e)
