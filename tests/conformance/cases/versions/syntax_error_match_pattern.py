# a pattern the parser rejects: 3.8/3.9 stop at the match line before it, 3.10+ name the pattern's error
print("never printed")
class C:
    pass
match C():
    case C(a=1, 2):
        pass
