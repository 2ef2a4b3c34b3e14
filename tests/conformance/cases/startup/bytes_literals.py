# bytes constants are keyed by (bytes, value) tuples
import gc
print(gc.get_count(), [s["collections"] for s in gc.get_stats()])
b = b'data0'
b = b'data1'
b = b'data2'
b = b'data3'
b = b'data4'
b = b'data5'
b = b'data6'
b = b'data7'
