# a module-level object with __del__ is finalized at interpreter shutdown
class T:
    def __del__(self):
        print("T.__del__ at exit")
t = T()
print("end of module")
