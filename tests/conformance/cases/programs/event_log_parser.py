# parsing a log: split/partition, int conversion, grouping by level, counting and durations
import gc
gc.collect()

LOG = """\
2024-01-05 10:00:01 INFO start server port=8080
2024-01-05 10:00:03 DEBUG loaded 12 routes
2024-01-05 10:01:15 WARN slow request path=/api took=1534ms
2024-01-05 10:02:00 ERROR db timeout after=30s
2024-01-05 10:02:05 INFO retry ok
2024-01-05 10:05:59 WARN slow request path=/home took=812ms
bad line without fields
2024-01-05 10:06:00 INFO stop
"""


def parse(line):
    parts = line.split(" ", 3)
    if len(parts) < 4:
        raise ValueError(f"cannot parse {line!r}")
    date, time, level, message = parts
    h, m, s = (int(x) for x in time.split(":"))
    fields = dict(p.partition("=")[::2] for p in message.split() if "=" in p)
    return {"t": h * 3600 + m * 60 + s, "level": level, "msg": message, "fields": fields}


entries, errors = [], []
for lineno, line in enumerate(LOG.splitlines(), 1):
    try:
        entries.append(parse(line))
    except ValueError as e:
        errors.append((lineno, str(e)))
by_level = {}
for e in entries:
    by_level.setdefault(e["level"], []).append(e)
print({k: len(v) for k, v in sorted(by_level.items())}, errors)
slow = [(e["fields"]["path"], int(e["fields"]["took"].rstrip("ms"))) for e in by_level["WARN"]]
print(slow, sum(ms for _, ms in slow) / len(slow))
span = entries[-1]["t"] - entries[0]["t"]
print(f"span {span // 60}m{span % 60:02d}s", [e["fields"] for e in entries if e["fields"]][:2])
gaps = [b["t"] - a["t"] for a, b in zip(entries, entries[1:])]
print(gaps, max(gaps), gaps.index(max(gaps)))
print(LOG.count("\n"), LOG.splitlines()[2].upper()[20:30], LOG[:10].replace("-", "/"))
print(gc.collect())
