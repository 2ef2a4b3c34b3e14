# an image-like cache keyed by name with weakref.ref and callbacks that evict dead entries
import gc
import sys
import weakref
gc.collect()


class Image:
    def __init__(self, name, size):
        self.name = name
        self.pixels = [0] * size

    def __repr__(self):
        return f"Image({self.name!r}, {len(self.pixels)})"


class Cache:
    def __init__(self):
        self._refs = {}
        self.evicted = []

    def put(self, img):
        def evict(ref, name=img.name):
            self.evicted.append(name)
            del self._refs[name]
        self._refs[img.name] = weakref.ref(img, evict)

    def get(self, name):
        ref = self._refs.get(name)
        return ref() if ref is not None else None

    def names(self):
        return sorted(self._refs)


cache = Cache()
a = Image("a", 10)
b = Image("b", 20)
cache.put(a)
cache.put(b)
print(cache.names(), cache.get("a"), cache.get("zz"), sys.getrefcount(a))
del a
print(cache.names(), cache.evicted)
b.self = b
del b
print(cache.names(), "collect", gc.collect(), cache.names(), cache.evicted)
c = Image("c", 5)
cache.put(c)
cache.put(c)
print(cache.names(), weakref.getweakrefcount(c))
del c
print(cache.names(), cache.evicted, gc.collect())
