# the order module globals are finalized at shutdown
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
first = T("first")
second = T("second")
third = T("third")
print("end of module")
