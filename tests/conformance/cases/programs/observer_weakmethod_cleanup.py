# a WeakSet of observers and callbacks through weakref.finalize when observers disappear
import gc
import weakref
gc.collect()


class Observer:
    def __init__(self, name, log):
        self.name = name
        self.log = log
        weakref.finalize(self, log.append, "finalized " + name)

    def notify(self, event):
        self.log.append(f"{self.name}:{event}")


class Subject:
    def __init__(self):
        self.observers = weakref.WeakSet()

    def attach(self, obs):
        self.observers.add(obs)

    def emit(self, event):
        for obs in sorted(self.observers, key=lambda o: o.name):
            obs.notify(event)


log = []
subject = Subject()
keep = [Observer(n, log) for n in ("x", "y", "z")]
for o in keep:
    subject.attach(o)
subject.emit("start")
print(len(subject.observers), log)
log.clear()
del keep[1]
subject.emit("middle")
print(len(subject.observers), log)
log.clear()
keep[0].me = keep[0]
keep.pop(0)
print("before collect", len(subject.observers), log)
print("collected", gc.collect() > 0, log)
log.clear()
subject.emit("end")
print(len(subject.observers), log)
print(gc.collect())
