"""__del__ on refcount zero and in the collector; resurrection; a tree with parent cycles."""
import gc

gc.disable()
gc.collect()
log = []


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)
        print("del", self.name)


t = Tracked("plain")
del t
print("after del")


def scope():
    local = Tracked("local")
    return 1


scope()
print("after scope")


class TreeNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def __del__(self):
        print("free", self.name)


root = TreeNode("root")
for i in range(3):
    child = TreeNode(f"c{i}", root)
    TreeNode(f"g{i}", child)
del child
print("tree built")
del root
print("dropped root; collected:", gc.collect())

keep = []


class Phoenix:
    def __del__(self):
        print("phoenix rises")
        keep.append(self)


p = Phoenix()
p.self = p
del p
print("collect:", gc.collect(), len(keep))
keep.clear()
print("cleared; collect:", gc.collect())


class Pair:
    pass


a = Pair()
b = Pair()
a.other = b
b.other = a
del a, b
print("pair:", gc.collect())
gc.enable()
