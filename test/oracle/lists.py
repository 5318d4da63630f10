"""list getsizeof (56 + 8 * allocated) along every construction and growth path, indexed by n,
and the requests of the list object and its separate item array."""
import sys

from oracleFacts import emit, source_run, traced

N = range(0, 41)
one = len(sys.argv)
size = sys.getsizeof


def grow(op, count=200):
    """getsizeof after each of `count` in-place operations, starting from []."""
    lst, out = [], [size([])]
    for i in range(count):
        op(lst, i)
        out.append(size(lst))
    return out


def grow_list(n):
    """A list of n items built by append."""
    lst = []
    for i in range(n):
        lst.append(i)
    return lst


def literal(n, const):
    """getsizeof of a list display of n elements: constants, or names (BUILD_LIST n)."""
    elts = ", ".join(str(i) if const else "a" for i in range(n))
    return size(source_run(f"x = [{elts}]", {"a": one})["x"])


def gen(n):
    return (i for i in range(n))


def after(lst, op):
    """getsizeof of lst after op(lst)."""
    op(lst)
    return size(lst)


def shrink(lst, op):
    """getsizeof of lst, then after each op(lst) until it is empty."""
    out = [size(lst)]
    while lst:
        op(lst)
        out.append(size(lst))
    return out


facts = {
    "append": grow(lambda lst, i: lst.append(i)),
    "insert0": grow(lambda lst, i: lst.insert(0, i), 60),
    "extend3": grow(lambda lst, i: lst.extend((i, i, i)), 60),
    "iadd1": grow(lambda lst, i: lst.__iadd__([i]), 60),
    "extendGen2": grow(lambda lst, i: lst.extend(gen(2)), 60),
    "comprehension": [size([i for i in range(n)]) for n in N],
    "literal.names": [literal(n, False) for n in N],
    "literal.constants": [literal(n, True) for n in N],
    "list.range": [size(list(range(n))) for n in N],
    "list.tuple": [size(list(tuple(range(n)))) for n in N],
    "list.list": [size(list([0] * n)) for n in N],
    "list.str": [size(list("a" * n)) for n in N],
    "list.set": [size(list(set(range(n)))) for n in N],
    "list.dict": [size(list(dict.fromkeys(range(n)))) for n in N],
    "list.genexpr": [size(list(gen(n))) for n in N],
    "list.map": [size(list(map(int, range(n)))) for n in N],
    "sorted.list": [size(sorted([0] * n)) for n in N],
    "extend.range": [after([], lambda lst: lst.extend(range(n))) for n in N],
    "repeat": [size([0] * n) for n in N],
    "concat": [size([0] * n + [1] * n) for n in N],
    "slice.all": [size(list(range(n))[:]) for n in N],
    "slice.tail": [size(list(range(n + 1))[1:]) for n in N],
    "copy": [size(list(range(n)).copy()) for n in N],
    "inplaceRepeat3": [after(list(range(n)), lambda lst: lst.__imul__(3)) for n in N],
    "pop.from100": shrink(list(range(100)), lambda lst: lst.pop()),
    "pop.fromAppend50": shrink(grow_list(50), lambda lst: lst.pop()),
    "delFront.from40": shrink(list(range(40)), lambda lst: lst.__delitem__(0)),
    "clear.from40": after(list(range(40)), lambda lst: lst.clear()),
    "delSlice.from40": after(list(range(40)), lambda lst: lst.__delitem__(slice(None))),
}
facts["request.literal.names"] = [traced(f"x = [{', '.join(['one'] * n)}]", "one = 1") for n in range(0, 6)]
facts["request.list.range"] = [traced(f"x = list(range({n}))") for n in range(0, 6)]
emit(facts)
