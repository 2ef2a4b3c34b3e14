# Automatic collections while 30000 lists accumulate (all survive): the generation sequence,
# and the counts seen by the first "start" callback. Then the 25 % rule.
import gc

gc.collect()
seq = []
first = []


def cb(phase, info):
    if phase == "start":
        seq.append(info["generation"])
        if not first:
            first.append(gc.get_count())


gc.callbacks.append(cb)
keep = [[] for i in range(30000)]
gc.callbacks.remove(cb)
print("cadence", "".join(map(str, seq[:36])), len(seq))
print("first count", first[0][1:])
