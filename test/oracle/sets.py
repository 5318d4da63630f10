"""set and frozenset getsizeof (216, or 216 + 16 * table size once the table leaves the 8-entry
smalltable) along every construction and growth path, indexed by n; plus requests."""
import sys

from oracleFacts import emit, source_run, traced

N = range(0, 41)
one = len(sys.argv)
size = sys.getsizeof


def grow(count=200):
    s, out = set(), [size(set())]
    for i in range(count):
        s.add(i)
        out.append(size(s))
    return out


def literal(n, const):
    elts = ", ".join(str(i) if const else f"a + {i}" for i in range(n))
    return size(source_run(f"x = {{{elts}}}" if n else "x = set()", {"a": one * 0})["x"])


def after(s, op):
    op(s)
    return size(s)


def shrink(s, op):
    out = [size(s)]
    while s:
        op(s)
        out.append(size(s))
    return out


facts = {
    "add": grow(),
    "set.range": [size(set(range(n))) for n in N],
    "set.list": [size(set(list(range(n)))) for n in N],
    "set.set": [size(set(set(range(n)))) for n in N],
    "set.dict": [size(set(dict.fromkeys(range(n)))) for n in N],
    "frozenset.range": [size(frozenset(range(n))) for n in N],
    "frozenset.set": [size(frozenset(set(range(n)))) for n in N],
    "copy": [size(set(range(n)).copy()) for n in N],
    "comprehension": [size({i for i in range(n)}) for n in N],
    "literal.constants": [literal(n, True) for n in N],
    "literal.names": [literal(n, False) for n in N],
    "update.set": [after({-1, -2, -3}, lambda s: s.update(set(range(n)))) for n in N],
    "union": [size(set(range(n)) | {-1}) for n in N],
    "discard.from40": shrink(set(range(40)), lambda s: s.discard(len(s) - 1)),
    "pop.from40": shrink(set(range(40)), lambda s: s.pop()),
    "clear.from40": after(set(range(40)), lambda s: s.clear()),
}
facts["request.set.range"] = [traced(f"x = set(range({n}))") for n in (0, 4, 5, 18, 19)]
emit(facts)
