# gc.get_referents of lists and tuples lists their items from the last to the first (tp_traverse order)
import gc
a, b = [1], [2]
print(gc.get_referents([a, b, 3]))
print(gc.get_referents((a, b)))
d = {"k": a, "j": b}
print(gc.get_referents(d))
print(gc.get_referents(1, "s"))
