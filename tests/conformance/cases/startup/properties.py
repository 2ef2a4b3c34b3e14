# classes with properties, static and class methods
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
class P0:
    @property
    def value(self):
        return 0
    @staticmethod
    def make():
        return P0()
    @classmethod
    def build(cls):
        return cls()
class P1:
    @property
    def value(self):
        return 1
    @staticmethod
    def make():
        return P1()
    @classmethod
    def build(cls):
        return cls()
