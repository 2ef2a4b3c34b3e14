# a cycle with __del__ alive at exit is finalized during shutdown
import gc
class T:
    def __del__(self):
        print("cycle member finalized")
t = T()
t.me = t
print("end of module")
