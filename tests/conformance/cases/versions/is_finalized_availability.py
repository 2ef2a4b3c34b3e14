# gc.is_finalized exists from 3.9
import gc
print(hasattr(gc, "is_finalized"))
class C:
    pass
print(gc.is_finalized(C()) if hasattr(gc, "is_finalized") else "n/a")
