# a shopping cart with __contains__, __len__, __iter__ over items, a discount strategy and totals
import gc
gc.collect()


class Product:
    def __init__(self, sku, name, price):
        self.sku, self.name, self.price = sku, name, price

    def __repr__(self):
        return f"<{self.sku} {self.name} {self.price:.2f}>"


class Cart:
    def __init__(self, discount=None):
        self.lines = {}
        self.discount = discount or (lambda total: 0)

    def add(self, product, qty=1):
        current = self.lines.get(product.sku, (product, 0))[1]
        self.lines[product.sku] = (product, current + qty)

    def remove(self, sku):
        return self.lines.pop(sku, None) is not None

    def __contains__(self, sku):
        return sku in self.lines

    def __len__(self):
        return sum(q for _, q in self.lines.values())

    def __iter__(self):
        return iter(sorted(self.lines.values(), key=lambda pq: pq[0].sku))

    def subtotal(self):
        return sum(p.price * q for p, q in self.lines.values())

    def total(self):
        sub = self.subtotal()
        return round(sub - self.discount(sub), 2)


def bulk_discount(total):
    return total * 0.1 if total > 50 else 0


catalog = [Product("A1", "pen", 1.2), Product("B7", "book", 12.5), Product("C3", "lamp", 30.0)]
cart = Cart(bulk_discount)
for product, qty in zip(catalog, (10, 2, 1)):
    cart.add(product, qty)
cart.add(catalog[0], 5)
print(len(cart), "A1" in cart, "Z9" in cart, cart.subtotal(), cart.total())
for product, qty in cart:
    print(f"{product.name:>6} x{qty:<3} = {product.price * qty:7.2f}")
print(cart.remove("C3"), cart.remove("C3"), len(cart), cart.total())
plain = Cart()
plain.add(catalog[2])
print(plain.total(), list(plain), [p for p, _ in cart])
print(gc.collect())
