# multiple inheritance, the MRO, cooperative super().__init__, mixins and __init_subclass__
import gc
gc.collect()


class Base:
    subclasses = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Base.subclasses.append(cls.__name__)

    def __init__(self, **kw):
        self.trail = ["Base"]


class JsonMixin:
    def to_json(self):
        items = sorted((k, v) for k, v in vars(self).items() if k != "trail")
        return "{" + ", ".join(f'"{k}": {v!r}' for k, v in items) + "}"


class Timestamped(Base):
    def __init__(self, ts=0, **kw):
        super().__init__(**kw)
        self.ts = ts
        self.trail.append("Timestamped")


class Named(Base):
    def __init__(self, name="?", **kw):
        super().__init__(**kw)
        self.name = name
        self.trail.append("Named")


class Event(JsonMixin, Timestamped, Named):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append("Event")


e = Event(ts=5, name="boot")
print([c.__name__ for c in Event.__mro__])
print(e.trail, e.to_json(), Base.subclasses)
print(isinstance(e, Named), issubclass(Event, JsonMixin), Event.__bases__ == (JsonMixin, Timestamped, Named))
print(super(Timestamped, e).__init__ is not None, Named.__init__ is not Timestamped.__init__)
try:
    class Broken(Timestamped, Base, Named):
        pass
except TypeError as err:
    print("TypeError:", err)
print(gc.collect())
