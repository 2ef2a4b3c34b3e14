# list and str methods with their optional arguments and the errors they raise
import gc
gc.collect()

nums = [5, 1, 4, 1, 5, 9, 2, 6]
print(nums.index(1), nums.index(1, 2), nums.index(5, 1, 6), nums.count(1), nums.count(7))
for call in (lambda: nums.index(7), lambda: nums.remove(42), lambda: [].pop(), lambda: nums.pop(20)):
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
copy = nums.copy()
copy.insert(-1, "x")
copy.insert(100, "end")
copy.insert(-100, "start")
print(copy, nums.pop(), nums.pop(0), nums)
nums.sort(reverse=True)
print(nums, sorted(nums, key=lambda v: (v % 3, v)))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print("a b c d".split(maxsplit=2), "a,b,c".rsplit(",", maxsplit=1), "x".join(["1", "2"]), "  t ".strip())
print("hello".center(11, "*"), "7".rjust(3, "0"), "ab".ljust(4, "."), "Hello World".split("o", 1))
print("line1\nline2\r\nline3".splitlines(), "a\nb".splitlines(keepends=True), "é".encode("ascii", errors="replace"))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid, [[0] * 3 for _ in range(2)])
print((1, 2) < (1, 2, 0), [1, [2]] == [1, [2]], (3,) * 3, [None] * 2 + [0])
print(list(range(10))[-3:], list(range(10))[8:2:-2], "abcdef"[100:], "abcdef"[-100:2])
lst = list(range(6))
lst[1:3] = ["a", "b", "c"]
lst[::2] = [0, 0, 0, 0]
del lst[-1]
print(lst, len(lst))
try:
    lst[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
print(gc.collect())
