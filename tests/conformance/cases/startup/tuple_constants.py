# ten constant tuples folded by the AST optimizer, each keyed by two more tuples
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
x = (0, 'a')
x = (1, 'a')
x = (2, 'a')
x = (3, 'a')
x = (4, 'a')
x = (5, 'a')
x = (6, 'a')
x = (7, 'a')
x = (8, 'a')
x = (9, 'a')
