# A __repr__ that calls repr(self): the CLI must reach CPython's RecursionError, not the JS stack's.
# Expected stderr (3.13; the path written as SCRIPT): cd test/oracle/cli && PYENV_VERSION=3.13.0 python3 dunderRecursion.py 2>&1 >/dev/null | sed "s#$PWD/dunderRecursion.py#SCRIPT#" > dunderRecursion.3.13.stderr
class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name}, {repr(self)})"


print("start")
print(repr(Node("a")))
