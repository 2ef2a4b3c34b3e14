# a function deleting a global frees the object when it was the last reference
class T:
    def __del__(self):
        print("T freed")
t = T()
def drop():
    global t
    del t
print("calling drop")
drop()
print("after drop", "t" in vars())
