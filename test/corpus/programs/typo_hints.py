# A student's inventory script with typos. Caught errors print str(e) (no hint there); the last
# one is uncaught, and the interpreter's printer adds "Did you mean" to it.


class Inventory:
    def __init__(self):
        self.items = {}
        self._total = 0

    def add(self, name, count):
        self.items[name] = self.items.get(name, 0) + count
        self._total += count

    def report(self):
        return totl


def show(f):
    try:
        f()
    except (NameError, AttributeError) as e:
        print(type(e).__name__, e)


inv = Inventory()
inv.add('apple', 3)
inv.add('pear', 2)
print(inv.items, inv._total)

show(lambda: inv.itmes)
show(lambda: [1, 2].apend(3))
show(lambda: prnt('x'))
show(lambda: inv.report())
quantity = 5
print(quantty)
