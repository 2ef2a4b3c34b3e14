# a hand-written pretty printer for nested data (like json.dumps with indent), with escapes
import gc
gc.collect()


def dump(value, indent=0, step=2):
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = []
        for k in sorted(value, key=str):
            parts.append(" " * (indent + step) + quote(str(k)) + ": " + dump(value[k], indent + step))
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = ",\n".join(" " * (indent + step) + dump(v, indent + step) for v in value)
        return "[\n" + inner + "\n" + pad + "]"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return quote(value)


def quote(s):
    out = []
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


doc = {
    "name": "heap\"glass",
    "versions": [3.8, 3.9, "3.10"],
    "flags": {"gc": True, "debug": False, "limit": None},
    "sizes": (16, 24, 2 ** 40),
    "note": "line1\nline2 \u00e9",
    "empty": [{}, []],
}
text = dump(doc)
print(text)
print(len(text), text.count("\n"), text.count('"') % 2 == 0)
print(gc.collect())
