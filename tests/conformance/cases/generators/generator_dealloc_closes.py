# dropping a suspended generator closes it (GeneratorExit) before freeing
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit")
        raise
    finally:
        print("finally")
g = gen()
next(g)
del g
print("end")
