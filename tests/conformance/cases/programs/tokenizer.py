# a small tokenizer and calculator built on str methods
import gc
gc.collect()


def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(("NUM", float(text[i:j]) if "." in text[i:j] else int(text[i:j])))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(("NAME", text[i:j]))
            i = j
        elif ch in "+-*/()=":
            tokens.append(("OP", ch))
            i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
    return tokens


def evaluate(tokens, env):
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else ("EOF", None)

    def atom():
        nonlocal pos
        (kind, val), pos = peek(), pos + 1
        if kind == "NUM":
            return val
        if kind == "NAME":
            return env[val]
        if val == "(":
            v = expr()
            pos += 1
            return v
        raise SyntaxError("unexpected %r" % (val,))

    def term():
        nonlocal pos
        v = atom()
        while peek()[1] in ("*", "/"):
            op = peek()[1]
            pos += 1
            v = v * atom() if op == "*" else v / atom()
        return v

    def expr():
        nonlocal pos
        v = term()
        while peek()[1] in ("+", "-"):
            op = peek()[1]
            pos += 1
            v = v + term() if op == "+" else v - term()
        return v
    return expr()


env = {"x": 3, "rate": 0.25}
for line in ["1 + 2 * 3", "(1 + 2) * 3", "x * x - 1", "rate * 10 / 4", "2 $ 3"]:
    try:
        toks = tokenize(line)
        print(f"{line!r:>16} -> {evaluate(toks, env)!r}", len(toks))
    except SyntaxError as e:
        print("error:", e)
print("a,b,,c".split(","), "a b  c".split(), "k=v=w".partition("="), "x.y.z".rsplit(".", 1), "  pad ".strip())
print(tokenize("a_1 = 42"), "xxhixx".strip("x"), "Hello".swapcase(), "hello world".title(), gc.collect())
