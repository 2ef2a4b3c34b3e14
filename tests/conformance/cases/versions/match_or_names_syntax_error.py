# OR alternatives binding different names: carets under the alternative (3.10, 3.11), the whole pattern (3.12+)
print("never printed")
def first(v):
    match v:
        case [x] | [y]:
            return 1
