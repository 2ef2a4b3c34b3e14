# __getattr__, __setattr__, __delattr__ and __dir__-style introspection in a config object
import gc
gc.collect()


class Config:
    def __init__(self, **values):
        object.__setattr__(self, "_values", dict(values))
        object.__setattr__(self, "_reads", 0)

    def __getattr__(self, name):
        values = object.__getattribute__(self, "_values")
        if name in values:
            object.__setattr__(self, "_reads", self._reads + 1)
            return values[name]
        raise AttributeError(f"no setting {name!r}")

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private")
        self._values[name] = value

    def __delattr__(self, name):
        del self._values[name]

    def __contains__(self, name):
        return name in self._values

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(self._values.items()))
        return f"Config({inner})"


cfg = Config(debug=True, level=3)
print(cfg.debug, cfg.level, cfg._reads, cfg)
cfg.name = "prod"
cfg.level += 1
print(cfg, "name" in cfg, hasattr(cfg, "missing"), getattr(cfg, "missing", "dflt"))
del cfg.debug
print(cfg, cfg._reads)
for action in ("read", "private"):
    try:
        if action == "read":
            cfg.debug
        else:
            cfg._hidden = 1
    except AttributeError as e:
        print("AttributeError:", e)
setattr(cfg, "x", [1])
print(getattr(cfg, "x"), sorted(vars(cfg)), type(cfg).__name__)
print(gc.collect())
