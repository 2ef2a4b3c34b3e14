# a __del__ run at shutdown can still read globals defined after its object
class T:
    def __del__(self):
        print("del sees", LATER)
t = T()
LATER = "later-global"
print("end of module")
