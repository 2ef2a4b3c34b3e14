# The 25 % rule: with 4000 long-lived lists and thresholds (100, 10, 10), a loop making only
# self-cycles never triggers a full collection although count2 passes threshold 2; print the
# generations collected and gc.get_count()[2] at the end.
import gc

keep = [[] for i in range(4000)]
gc.collect()
gc.set_threshold(100, 10, 10)
gens = []
gc.callbacks.append(lambda phase, info: phase == "start" and gens.append(info["generation"]))
for i in range(30000):
    x = []
    x.append(x)
gc.callbacks.clear()
print("full collections", gens.count(2), "gen1", gens.count(1), "gen0", gens.count(0),
      "count2", gc.get_count()[2])
