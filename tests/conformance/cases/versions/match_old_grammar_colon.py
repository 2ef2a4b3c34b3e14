# `match (x):` reads as an expression on 3.8/3.9: the SyntaxError points at (3.8) or after (3.9) the colon
print("parsed")
x = [1, 2]
match (x):
    case [1, second]:
        print("second", second)
    case _:
        print("no")
