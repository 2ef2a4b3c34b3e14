# a small class hierarchy with class attributes
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
class Base:
    kind = 'base'
    size = 1.0
    def describe(self):
        return self.kind
class Child(Base):
    kind = 'child'
    def describe(self):
        return 'c:' + super().describe()
class Leaf(Child):
    size = 2.5
