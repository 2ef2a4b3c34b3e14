# classes with methods: a code object per body and per method
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
class C0:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class C1:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class C2:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class C3:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
