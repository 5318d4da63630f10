"""bytearray getsizeof (56 + ob_alloc) along its growth paths, indexed by n, and the requests
of the object and its separate buffer."""
import sys

from oracleFacts import emit, traced

N = range(0, 41)
size = sys.getsizeof


def grow(op, count=200):
    b, out = bytearray(), [size(bytearray())]
    for i in range(count):
        op(b)
        out.append(size(b))
    return out


def shrink(b, op):
    out = [size(b)]
    while b:
        op(b)
        out.append(size(b))
    return out


def appended(n):
    """A bytearray of n bytes built by append."""
    b = bytearray()
    for _ in range(n):
        b.append(1)
    return b


facts = {
    "append": grow(lambda b: b.append(1)),
    "extend3": grow(lambda b: b.extend(b"abc"), 60),
    "iadd5": grow(lambda b: b.__iadd__(b"abcde"), 60),
    "bytearray.count": [size(bytearray(n)) for n in N],
    "bytearray.bytes": [size(bytearray(b"a" * n)) for n in N],
    "bytearray.range": [size(bytearray(range(n))) for n in N],
    "pop.from100": shrink(bytearray(100), lambda b: b.pop()),
    "pop.fromAppend50": shrink(appended(50), lambda b: b.pop()),
    "delFront.from40": shrink(bytearray(40), lambda b: b.__delitem__(0)),
}
facts["request.bytearray.count"] = [traced(f"x = bytearray({n})") for n in (0, 1, 10, 100)]
emit(facts)
