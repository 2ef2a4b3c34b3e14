# inventory classes with class and instance counters, __len__/__iter__/__contains__ and deletion tracking
import gc
gc.collect()
import sys


class Item:
    created = 0
    alive = 0

    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
        Item.created += 1
        Item.alive += 1

    def __del__(self):
        Item.alive -= 1

    def __repr__(self):
        return f"{self.name}x{self.qty}"


class Warehouse:
    def __init__(self):
        self.items = {}

    def add(self, name, qty):
        item = self.items.get(name)
        if item:
            item.qty += qty
        else:
            self.items[name] = Item(name, qty)

    def take(self, name, qty):
        item = self.items[name]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} {name} left")
        item.qty -= qty
        if not item.qty:
            del self.items[name]

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(sorted(self.items.values(), key=lambda i: i.name))

    def __contains__(self, name):
        return name in self.items


w = Warehouse()
for name, qty in [("bolt", 100), ("nut", 50), ("bolt", 20), ("gear", 3)]:
    w.add(name, qty)
print(len(w), list(w), "nut" in w, Item.created, Item.alive)
w.take("gear", 3)
print(len(w), list(w), "gear" in w, Item.alive)
try:
    w.take("nut", 51)
except ValueError as e:
    print("ValueError:", e)
bolt = w.items["bolt"]
print(sys.getrefcount(bolt), [i.qty for i in w])
del w
print("warehouse gone", Item.alive, bolt)
del bolt
print("all gone", Item.alive, Item.created, gc.collect())
