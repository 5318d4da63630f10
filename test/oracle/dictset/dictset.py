"""dict/set behaviour the engine's dictObject.ts and setObject.ts must reproduce, measured on the
running interpreter and printed as JSON (see expected.<version>.json beside this file):

  * getsizeof transitions [n, size] over long insertion runs (str, int, mixed keys; set.add to
    200000, past the used*2 rule), deletion churn, popitem, clear;
  * the dict and dict-keys free lists (tracemalloc requests, id() reuse), which paths use them;
  * GC counts and tracking of dicts and sets; the order containers release their items in;
  * set iteration order (the probing of the open-addressing table) and the hashes it uses.

Run with PYTHONHASHSEED=0 (the script re-executes itself so) for reproducible str hashes:
  python3 test/oracle/dictset/dictset.py > test/oracle/dictset/expected.<version>.json
"""
import gc
import json
import os
import subprocess
import sys
import tracemalloc

if os.environ.get("PYTHONHASHSEED") != "0":
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    sys.exit(subprocess.run([sys.executable, "-s", __file__], env=dict(env)).returncode)

size = sys.getsizeof
one = len(sys.argv)


def transitions(sizes):
    """[[n, size]] at n = 0 and wherever the size changes."""
    out, last = [], None
    for n, s in enumerate(sizes):
        if s != last:
            out.append([n, s])
            last = s
    return out


def grow_dict(keys):
    d, out = {}, [size({})]
    for k in keys:
        d[k] = one
        out.append(size(d))
    return transitions(out)


def traced(setup, src):
    """Sizes of the blocks src allocates (tracemalloc), after a full collection and setup.

    Both sources are compiled first and the namespace is presized with every name they bind, so
    neither the compiler nor a growing namespace frees dicts onto the free lists in between.
    """
    ns = {f"_pad{i}": None for i in range(30)}
    ns.update(dict.fromkeys(("d", "e", "x", "ks", "ds", "xs", "gc", "i")), __builtins__=__builtins__)
    setup_code = compile(setup, "<setup>", "exec")
    code = compile(src, "<probe>", "exec")
    gc.collect()
    exec(setup_code, ns)
    tracemalloc.start(1)
    exec(code, ns)
    snap = tracemalloc.take_snapshot()
    tracemalloc.stop()
    return sorted((t.size for t in snap.traces if t.traceback[0].filename == "<probe>"), reverse=True)


def churn_half(kind):
    keys = [f"k{i}" for i in range(400)] if kind == "str" else list(range(1000, 1400))
    d = {}
    for k in keys[:100]:
        d[k] = one
    out = [size(d)]
    for k in keys[:50]:
        del d[k]
        out.append(size(d))
    for k in keys[100:300]:
        d[k] = one
        out.append(size(d))
    return transitions(out)


def popitem_then(copy):
    out = []
    for k in range(41):
        d = {f"k{i}": one for i in range(40)}
        for _ in range(k):
            d.popitem()
        out.append(size(copy(d)))
    return out


def gc_count_delta(setup, make, n=10):
    """Generation 0's count change over n calls of make (results kept), after setup, less the
    change the same measurement shows for no call (the measuring itself allocates)."""
    return gc_count_change(setup, make, n) - gc_count_change(setup, make, 0)


def gc_count_change(setup, make, n):
    kept = [None] * n
    gc.collect()
    setup()
    c0 = gc.get_count()[0]
    for i in range(n):
        kept[i] = make()
    return gc.get_count()[0] - c0


class Probe:
    """Logs its name when released; hashes to h when given (else by identity)."""
    log = []

    def __init__(self, name, h=None):
        self.name, self.h = name, h

    def __hash__(self):
        return object.__hash__(self) if self.h is None else self.h

    def __eq__(self, other):
        return self is other

    def __del__(self):
        Probe.log.append(self.name)


def release(build, op=lambda c: None):
    Probe.log = []
    c = build()
    op(c)
    del c
    gc.collect()
    return Probe.log


facts = {}
# ---- dict sizes ----
facts["dict.insert.str"] = grow_dict([f"k{i}" for i in range(3001)])
facts["dict.insert.int"] = grow_dict(list(range(1000, 4001)))
facts["dict.insert.mixed"] = grow_dict([f"k{i}" for i in range(10)] + list(range(100)))
facts["dict.churnHalf.str"] = churn_half("str")
facts["dict.churnHalf.int"] = churn_half("int")
facts["dict.popitem.copy"] = popitem_then(lambda d: d.copy())
facts["dict.popitem.dictOf"] = popitem_then(dict)
facts["dict.popitem.self"] = [size((lambda d: ([d.popitem() for _ in range(k)], d)[1])({f"k{i}": one for i in range(40)})) for k in range(41)]
facts["dict.clear.thenInsert"] = (lambda d: (d.clear(), size(d), d.__setitem__("a", 1), size(d))[1::2])({f"k{i}": 1 for i in range(40)})
facts["dict.setdefault.str"] = transitions([size((lambda d: ([d.setdefault(f"k{i}", 1) for i in range(n)], d)[1])({})) for n in range(60)])
facts["dict.update.kwargs"] = [size(dict(**{f"k{i}": 1 for i in range(n)})) for n in range(0, 41)]
# ---- free lists ----
gc.collect()
a = {}
ida = id(a)
del a
facts["dict.freeList.literalReuses"] = id({}) == ida
gc.collect()
a = {}
ida = id(a)
del a
b = dict()
facts["dict.freeList.dictCallReuses"] = id(b) == ida
del b
facts["dict.request.literal.unicode8.keysFromFreeList"] = traced("d = {'a': 1}\ndel d\n", "x = {'b': 1}\n")
facts["dict.request.literal.general8.afterFree"] = traced("d = {1: 1}\ndel d\n", "x = {2: 1}\n")
facts["dict.request.literal.unicode8.afterFree16"] = traced("d = dict.fromkeys({'a%d' % i: 1 for i in range(6)})\ndel d\n", "x = {'b': 1}\n")
facts["dict.request.literal.unicode8.afterResize"] = traced("d = {}\nfor i in range(6): d['a%d' % i] = 1\n", "x = {'b': 1}\n")
facts["dict.request.copy.unicode8.keysNotFromFreeList"] = traced("d = {'a': 1}\ne = {'c': 1}\ndel e\n", "x = d.copy()\n")
facts["dict.request.literal.capacity"] = (lambda sizes: [sizes.count(120), sizes.count(64)])(
    traced("ds = [{'k%d' % i: 1} for i in range(100)]\ndel ds\n", "xs = [{'a': 1} for i in range(100)]\n"))
facts["dict.request.afterCollect"] = traced("d = {'a': 1}\ndel d\nimport gc\ngc.collect()\n", "x = {'b': 1}\n")
facts["dict.request.dictCall"] = traced("d = {}\ndel d\n", "x = dict()\n")
facts["dict.request.fromkeys.list"] = traced("d = {}\ndel d\nks = ['a', 'b']\n", "x = dict.fromkeys(ks)\n")
# ---- GC counts and tracking ----
facts["dict.gcCount.literal"] = gc_count_delta(lambda: None, lambda: {})
facts["dict.gcCount.literalFromFreeList"] = gc_count_delta(lambda: [{} for _ in range(10)], lambda: {})
facts["dict.gcCount.dictCall"] = gc_count_delta(lambda: [{} for _ in range(10)], dict)
facts["set.gcCount.set"] = gc_count_delta(lambda: None, set)
tracked = gc.is_tracked
n = one
facts["dict.tracked"] = {
    "empty": tracked({}), "strInt": tracked({"a": n}), "intInt": tracked({n: 2}),
    "strList": tracked({"a": []}), "tupleKey": tracked({(n, 1): 2}), "untrackedTupleValue": tracked({"a": ()}),
    "emptyDictValue": tracked({"a": {}}), "dictCall": tracked(dict()), "dictOfPairs": tracked(dict([(1, 2)])),
    "copyOfTracked": tracked({"a": []}.copy()), "copyOfUntracked": tracked({"a": 1}.copy()),
    "afterDeleteList": tracked((lambda d: (d.pop("a"), d)[1])({"a": [], "b": 1})),
    "fromkeysNoneValue": tracked(dict.fromkeys("ab")), "fromkeysListValue": tracked(dict.fromkeys("ab", [])),
}
d = {"a": [], "b": 1}
del d["a"]
gc.collect()
facts["dict.tracked"]["afterDeleteListAndCollect"] = tracked(d)
d = {"a": (n, 2)}
gc.collect()
facts["dict.tracked"]["tupleValueAfterCollect"] = tracked(d)
facts["set.tracked"] = {"empty": tracked(set()), "ints": tracked({n, 2}), "frozenset": tracked(frozenset()),
                        "frozensetInts": tracked(frozenset({1, 2}))}
facts["frozenset.emptyIsSingleton"] = frozenset() is frozenset()
# ---- release order ----
facts["dict.release.dealloc"] = release(lambda: {Probe("k1"): Probe("v1"), Probe("k2"): Probe("v2"), Probe("k3"): Probe("v3")})
facts["dict.release.clear"] = release(lambda: {Probe("k1"): Probe("v1"), Probe("k2"): Probe("v2")}, lambda d: (d.clear(), Probe.log.append("cleared")))
facts["dict.release.replaceValue"] = release(lambda: {"a": Probe("v1")}, lambda d: (d.__setitem__("a", Probe("v2")), Probe.log.append("replaced")))
facts["dict.release.pop"] = release(lambda: {Probe("k1"): Probe("v1"), Probe("k2"): Probe("v2")}, lambda d: (d.popitem(), Probe.log.append("popped")))
facts["set.release.dealloc"] = release(lambda: {Probe("a", 5), Probe("b", 1), Probe("c", 3), Probe("d", 9)})
facts["set.release.clear"] = release(lambda: {Probe("a", 5), Probe("b", 1)}, lambda s: (s.clear(), Probe.log.append("cleared")))
# ---- sets ----
s, out = set(), [size(set())]
for i in range(200000):
    s.add(i)
    out.append(size(s))
facts["set.add.int"] = transitions(out)
del s, out


def discard_then_add():
    s = set(range(40))
    out = [size(s)]
    for i in range(30):
        s.discard(i)
        out.append(size(s))
    for i in range(1000, 1200):
        s.add(i)
        out.append(size(s))
    return transitions(out)


facts["set.discardThenAdd"] = discard_then_add()
facts["set.order"] = {
    "small": list({8, 16, 0, 24, 1}),
    # From a list: a display of constants is a frozenset the compiler rebuilt in the order of its
    # constant keys (merge_consts_recursive), which matters for keys of equal hash (-1, -2).
    "mixed": [str(x) for x in set([100, 3, 7, 1000000, -1, -2, 2**61, 2**64, -(2**64), 2**61 - 1])],
    "collide": list({0, 8, 16, 32, 64, 128, 7, 15}),
    "afterResize": list(set(range(0, 400, 37))),
    "reuseDummy": (lambda s: (s.discard(3), s.discard(4), s.add(11), s.add(12), list(s))[-1])(set(range(8))),
    "floats": [repr(x) for x in {0.5, 1.5, 2.0, -2.25, 1e300, 3.141592653589793}],
    "strs": list({"a", "b", "abc", "hello", "world", "é", "€uro"}),
    "popOrder": (lambda s: [s.pop() for _ in range(len(s))])({5, 1, 9, 13, 100, 7}),
    "literalConst": list({40, 20, 30, 10, 50}),
    "merge": list(set({1, 2, 3}) | {9, 8, 17}),
}
facts["set.discardThenAdd.fill"] = (lambda s: ([s.discard(i) for i in range(5)], [s.add(i) for i in range(8, 12)], size(s))[-1])(set(range(5)))
facts["hash.str"] = [str(hash(x)) for x in ["", "a", "abc", "hello world", "é", "€uro", "😀", "k10"]]
facts["hash.float"] = [str(hash(x)) for x in [0.5, 1.5, -2.25, 1e300, 3.141592653589793, -0.0, 1e-300, 2.0**70]]
facts["hash.int"] = [str(hash(x)) for x in [2**61 - 1, 2**61, 2**64, -(2**64), -1, -2, 10**30, -(10**30)]]

print(json.dumps({"python": ".".join(map(str, sys.version_info[:3])), "facts": facts}, indent=None, sort_keys=True)
      .replace('], "', '],\n "').replace('}, "', '},\n "'))
