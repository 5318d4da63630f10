# Unbounded recursion: RecursionError, and CPython folds the repeated frames into one line.
def depth(node):
    return 1 + depth(node)


print("start")
depth(None)
