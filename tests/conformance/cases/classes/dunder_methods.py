# dunder methods drive len, iteration, indexing and repr
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __repr__(self):
        return f"Bag({self.items})"
    def __eq__(self, other):
        return isinstance(other, Bag) and self.items == other.items
b = Bag(1, 2, 3)
print(len(b), list(b), b[1], repr(b), b == Bag(1, 2, 3), b != Bag())
