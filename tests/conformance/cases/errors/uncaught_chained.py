# an exception raised while handling another prints both, joined by "During handling"
try:
    {}["k"]
except KeyError:
    raise RuntimeError("while handling")
print("never")
