# binary-trees (the Computer Language Benchmarks Game), single-process version: builds and walks
# perfect binary trees of tuples, so nearly all of its time is allocation, refcounting and deallocation.
DEPTH = 12  # heapglass-bench: size


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth = depth - 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left = node[0]
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(node[1])


def main(n):
    min_depth = 4
    max_depth = max(min_depth + 2, n)
    stretch_depth = max_depth + 1
    print("stretch tree of depth", stretch_depth, "check:", check_tree(make_tree(stretch_depth)))
    long_lived_tree = make_tree(max_depth)
    depth = min_depth
    while depth <= max_depth:
        iterations = 2 ** (max_depth - depth + min_depth)
        check = 0
        i = 0
        while i < iterations:
            check = check + check_tree(make_tree(depth))
            i = i + 1
        print(iterations, "trees of depth", depth, "check:", check)
        depth = depth + 2
    print("long lived tree of depth", max_depth, "check:", check_tree(long_lived_tree))


main(DEPTH)
