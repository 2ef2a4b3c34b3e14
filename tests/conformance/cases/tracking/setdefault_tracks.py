# setdefault storing a list tracks the dict; storing a constant tuple does too, except in 3.12
import gc
d = {}
d.setdefault("k", 1)
print(gc.is_tracked(d))
d.setdefault("t", (1, 2))
print(gc.is_tracked(d))
e = {}
e.setdefault("l", [])
print(gc.is_tracked(e))
