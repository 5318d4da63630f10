# Objects with __del__ that are still alive when the script ends: CPython runs their
# finalizers at interpreter exit, after the script's last print.
import gc
import sys


class Resource:
    opened = 0

    def __init__(self, name):
        self.name = name
        Resource.opened += 1

    def __del__(self):
        Resource.opened -= 1
        print(f"closing {self.name} (still open: {Resource.opened})")


class Node:
    def __init__(self, label):
        self.label = label
        self.partner = None

    def __del__(self):
        print("node", self.label, "finalized")


config = Resource("config")
_cache = Resource("_cache")
pool = [Resource(f"conn-{i}") for i in range(3)]
registry = {"db": Resource("db"), "log": Resource("log")}
pair = (Resource("left"), Resource("right"))

# A cycle the script drops: only the collector can free it.
n1, n2 = Node("n1"), Node("n2")
n1.partner, n2.partner = n2, n1
del n1, n2

temp = Resource("temp")
del temp
print("refcount of config:", sys.getrefcount(config))
print("open resources:", Resource.opened)
alias = pool
last = Resource("last")
print("script done")
