# importing a module the model does not provide raises ModuleNotFoundError as CPython does
try:
    import heapglass_no_such_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
import heapglass_no_such_module_either
