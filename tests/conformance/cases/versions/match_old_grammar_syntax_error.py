# a match statement is invalid syntax on 3.8/3.9 (caret under the subject), a match from 3.10
print("parsed")
point = (0, 3)
match point:
    case (0, y):
        print("on the y axis at", y)
    case _:
        print("elsewhere")
