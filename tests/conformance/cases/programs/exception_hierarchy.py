# a custom exception hierarchy: raise from, chaining, args, str/repr, except ordering, finally
import gc
gc.collect()


class AppError(Exception):
    def __init__(self, message, code=1):
        super().__init__(message, code)
        self.message = message
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.message}"


class ConfigError(AppError):
    pass


class MissingKey(ConfigError, KeyError):
    pass


def load(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise MissingKey(f"missing {key!r}", code=2) from e


config = {"host": "localhost"}
for key in ("host", "port"):
    try:
        print("value", load(config, key))
    except ConfigError as e:
        print(type(e).__name__, str(e), repr(e), e.args, e.code)
        print("cause", repr(e.__cause__), e.__suppress_context__, isinstance(e, LookupError))
print([c.__name__ for c in MissingKey.__mro__])
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print("context", type(e.__context__).__name__, e.__cause__)
for exc in (ValueError("v"), KeyError("k"), IndexError(), StopIteration(5), AppError("m")):
    print(type(exc).__name__, repr(str(exc)), exc.args, isinstance(exc, Exception))


def order(n):
    try:
        if n == 0:
            raise IndexError("idx")
        if n == 1:
            raise KeyError("key")
        return "none"
    except LookupError as e:
        return "lookup " + type(e).__name__
    finally:
        print("finally", n)


print([order(n) for n in range(3)])
print(issubclass(MissingKey, Exception), issubclass(BaseException, Exception), AppError.__bases__)
print(gc.collect())
