"""Order of __del__ at interpreter exit (session/exitPhase.ts; runSession.test.ts):
run with PYENV_VERSION=3.11.7 / 3.12.1 / 3.13.0 python3 test/oracle/exitFinalization.py.
Prints, on all three: end, del a, del b, del i1, del i0 (direct globals first, then the list's
items last to first); then where the collector holds the globals dict at the first line
(generation 2 on 3.11, 1 on 3.12 and 3.13)."""
import gc


class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


g = globals()
print("globals in generation", [i for i in range(3) if any(o is g for o in gc.get_objects(i))])
a = R("a")
items = [R("i0"), R("i1")]
b = R("b")
print("end")
