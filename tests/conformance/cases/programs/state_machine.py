# a traffic-light state machine with dict dispatch, bound methods and a transition log
import gc
gc.collect()
import sys


class Light:
    TRANSITIONS = {"red": "green", "green": "yellow", "yellow": "red"}
    DURATIONS = {"red": 30, "green": 25, "yellow": 5}

    def __init__(self):
        self.state = "red"
        self.log = []
        self.handlers = {"red": self.on_red, "green": self.on_green, "yellow": self.on_yellow}

    def on_red(self):
        return "stop"

    def on_green(self):
        return "go"

    def on_yellow(self):
        return "slow"

    def step(self):
        action = self.handlers[self.state]()
        self.log.append((self.state, action, self.DURATIONS[self.state]))
        self.state = self.TRANSITIONS[self.state]
        return action


light = Light()
print([light.step() for _ in range(7)])
print(light.state, len(light.log), sum(d for _, _, d in light.log))
print(light.log[:3])
print("refs to light", sys.getrefcount(light))
print("handlers make a cycle:", any(h.__self__ is light for h in light.handlers.values()))
del light
print("freed by", gc.collect(), "objects in the cycle")
light2 = Light()
light2.handlers.clear()
print("no cycle now", sys.getrefcount(light2))
del light2
print("collect", gc.collect())
