# an inventory with nested dicts and lists, totals, filtering, and a formatted table
import gc
gc.collect()

inventory = {
    "fruit": [("apple", 30, 0.4), ("banana", 12, 0.25), ("cherry", 200, 0.05)],
    "dairy": [("milk", 8, 1.1), ("cheese", 3, 6.5)],
    "bakery": [("bread", 5, 2.2), ("bagel", 0, 0.9), ("croissant", 14, 1.35)],
}


def total_value(items):
    return sum(qty * price for _, qty, price in items)


report = []
for category in sorted(inventory):
    items = inventory[category]
    in_stock = [name for name, qty, _ in items if qty > 0]
    report.append((category, len(items), len(in_stock), total_value(items)))
print(f"{'category':<10}|{'items':>6}|{'stock':>6}|{'value':>9}")
print("-" * 34)
for cat, n, stock, value in report:
    print(f"{cat:<10}|{n:>6}|{stock:>6}|{value:>9.2f}")
grand = sum(r[3] for r in report)
print(f"{'total':<10}|{'':>6}|{'':>6}|{grand:>9.2f}")
all_items = [item for items in inventory.values() for item in items]
cheapest = min(all_items, key=lambda it: it[2])
priciest = max(all_items, key=lambda it: it[2])
print(cheapest, priciest, len(all_items))
out_of_stock = [name for name, qty, _ in all_items if not qty]
print("restock:", out_of_stock, any(q > 100 for _, q, _ in all_items), all(p > 0 for *_, p in all_items))
by_price = sorted(all_items, key=lambda it: (it[2], it[0]))
print([name for name, *_ in by_price])
names, qtys, prices = zip(*all_items)
print(names[:3], max(qtys), round(sum(prices) / len(prices), 3))
price_index = {name: price for name, _, price in all_items}
print(price_index["milk"], price_index.get("tofu", "n/a"), len(price_index))
discounted = {k: round(v * 0.9, 2) for k, v in price_index.items() if v >= 1}
print(discounted)
inventory["fruit"].append(("date", 7, 0.3))
print(len(inventory["fruit"]), total_value(inventory["fruit"]))
print(gc.collect())
