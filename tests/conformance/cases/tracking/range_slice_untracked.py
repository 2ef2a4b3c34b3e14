# range objects and range iterators are not GC-tracked; slices and list iterators are
import gc
print(gc.is_tracked(range(10)), gc.is_tracked(slice(1, 2)))
print(gc.is_tracked(slice([], 2)))
print(gc.is_tracked(iter([1])), gc.is_tracked(iter(range(3))))
