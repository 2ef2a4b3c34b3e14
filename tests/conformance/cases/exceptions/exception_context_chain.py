# an exception raised in a handler keeps the first one as __context__
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError as k:
        raise ValueError("c") from k
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
