# a registry of instances in a class attribute keeps every instance alive until it is cleared
import gc
gc.collect()
import sys


class Plugin:
    registry = []
    by_name = {}
    count = 0

    def __init__(self, name, priority=0):
        self.name = name
        self.priority = priority
        Plugin.registry.append(self)
        Plugin.by_name[name] = self
        Plugin.count += 1

    @classmethod
    def ordered(cls):
        return sorted(cls.registry, key=lambda p: (-p.priority, p.name))

    @staticmethod
    def describe(p):
        return "<%s:%d>" % (p.name, p.priority)

    def __del__(self):
        print("del", self.name)


class FastPlugin(Plugin):
    def __init__(self, name):
        super().__init__(name, priority=10)


for name, prio in [("zeta", 1), ("alpha", 5), ("mid", 5)]:
    Plugin(name, prio)
FastPlugin("turbo")
print(Plugin.count, FastPlugin.count, [Plugin.describe(p) for p in Plugin.ordered()])
print(isinstance(Plugin.by_name["turbo"], Plugin), type(Plugin.by_name["turbo"]).__name__)
alpha = Plugin.by_name["alpha"]
print("alpha refs", sys.getrefcount(alpha))
Plugin.registry.remove(alpha)
del Plugin.by_name["alpha"]
print("alpha refs", sys.getrefcount(alpha))
del alpha
print("clearing registry")
Plugin.registry.clear()
print("clearing by_name")
Plugin.by_name.clear()
print("done", gc.collect())
