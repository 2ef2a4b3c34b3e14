# __del__ that resurrects its object into a global list, and errors raised inside __del__
import gc
gc.collect()

graveyard = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.deaths = 0

    def __del__(self):
        self.deaths += 1
        print("del", self.name, "death", self.deaths)
        if self.deaths < 2:
            graveyard.append(self)


class Faulty:
    def __del__(self):
        print("Faulty.__del__ runs")
        raise RuntimeError("cleanup failed")


p = Phoenix("p1")
del p
print("resurrected:", [g.name for g in graveyard])
graveyard.clear()
print("cleared once")
f = Faulty()
del f
print("after faulty")
c = Phoenix("cyc")
c.me = c
del c
print("collect", gc.collect(), [g.name for g in graveyard])
graveyard.clear()
print("collect again", gc.collect())
print("end")
