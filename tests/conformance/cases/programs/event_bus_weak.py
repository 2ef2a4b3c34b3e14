# an observer / event bus holding its subscribers weakly (WeakMethod), so dead listeners vanish
import gc
import weakref
gc.collect()


class EventBus:
    def __init__(self):
        self.handlers = {}

    def subscribe(self, event, method):
        self.handlers.setdefault(event, []).append(weakref.WeakMethod(method, self._cleanup(event)))

    def _cleanup(self, event):
        def remove(ref):
            print("  cleanup", event)
            self.handlers[event].remove(ref)
        return remove

    def publish(self, event, payload):
        delivered = 0
        for ref in list(self.handlers.get(event, ())):
            method = ref()
            if method is not None:
                method(payload)
                delivered += 1
        return delivered


class Listener:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def on_tick(self, payload):
        self.seen.append(payload)
        print(f"  {self.name} got {payload!r}")


bus = EventBus()
a = Listener("a")
b = Listener("b")
bus.subscribe("tick", a.on_tick)
bus.subscribe("tick", b.on_tick)
print("delivered", bus.publish("tick", 1))
del a
print("handlers", len(bus.handlers["tick"]))
print("delivered", bus.publish("tick", (2, "two")))
b.cycle = b
del b
print("before collect", len(bus.handlers["tick"]))
print("collected", gc.collect())
print("after collect", len(bus.handlers["tick"]), bus.publish("tick", 3))
