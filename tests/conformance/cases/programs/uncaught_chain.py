# a config loader whose error escapes: the chained traceback CPython prints on stderr, exit status 1
import gc
gc.collect()


class ConfigError(Exception):
    pass


def parse_line(line):
    key, value = line.split("=")
    return key.strip(), int(value)


def load(lines):
    out = {}
    for n, line in enumerate(lines, 1):
        try:
            k, v = parse_line(line)
        except ValueError as e:
            raise ConfigError(f"line {n}: {line!r}") from e
        out[k] = v
    return out


print(load(["a = 1", "b = 2"]))
try:
    load(["a = 1", "oops"])
except ConfigError as e:
    print("handled:", e, "| cause:", e.__cause__)


def cleanup(cfg):
    try:
        return cfg["missing"]
    except KeyError:
        return {}["also missing"]


print(gc.collect())
cleanup({})
print("not reached")
