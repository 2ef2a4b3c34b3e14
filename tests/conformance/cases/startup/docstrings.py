# docstrings are constants of their code objects
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
def f0():
    """Docstring number 0."""
    return 0
def f1():
    """Docstring number 1."""
    return 1
def f2():
    """Docstring number 2."""
    return 2
def f3():
    """Docstring number 3."""
    return 3
def f4():
    """Docstring number 4."""
    return 4
