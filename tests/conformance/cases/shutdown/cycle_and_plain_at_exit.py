# at exit, a global in a self-cycle and a plain global: the order their __del__ run
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
cyc = T("cycle")
cyc.me = cyc
plain = T("plain")
print("end of module")
