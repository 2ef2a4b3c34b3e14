# an LRU cache built from a dict and a doubly linked list; evicted nodes are freed at once
import gc
gc.collect()
import sys


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = Node(None, None)
        self.tail = Node(None, None)
        self.head.next = self.tail
        self.tail.prev = self.head

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key):
        node = self.map.get(key)
        if node is None:
            return None
        self._unlink(node)
        self._push(node)
        return node.value

    def put(self, key, value):
        if key in self.map:
            self._unlink(self.map[key])
        node = Node(key, value)
        self.map[key] = node
        self._push(node)
        if len(self.map) > self.capacity:
            last = self.tail.prev
            self._unlink(last)
            del self.map[last.key]
            return last.key
        return None

    def keys(self):
        out = []
        node = self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out


cache = LRU(3)
for i in range(6):
    evicted = cache.put(i, [i] * i)
    print("put", i, "evicted", evicted, cache.keys())
print(cache.get(3), cache.get(0), cache.keys())
payload = cache.map[5].value
print("payload refs", sys.getrefcount(payload))
cache.put(9, "x")
cache.put(10, "y")
print(cache.keys(), "payload refs", sys.getrefcount(payload))
del cache
print("collected", gc.collect())
