# exit() and quit() are site's Quitter objects raising SystemExit(code): quit(4) inside try/finally exits 4
print(exit, quit)
print(type(exit).__name__, exit.name, exit.eof, callable(quit))
for args in ((), (3,), ("msg",), (None,), (True,)):
    try:
        exit(*args)
    except SystemExit as e:
        print(type(e).__name__, repr(e.code), e.args)
try:
    quit(code=9)
except BaseException as e:
    print("caught", type(e).__name__, e.code)


def stop():
    try:
        quit(4)
    finally:
        print("inner finally")


class Held:
    def __del__(self):
        print("del Held")


h = Held()
try:
    stop()
finally:
    print("outer finally")
print("not reached")
