"""Instances of plain classes: the per-class shared keys, the per-instance values storage and its
shrinking capacity (3.11/3.12 separate values array, 3.13 inline values), __dict__
materialization and the conversion to a combined dict."""
import sys

from oracleFacts import emit, traced, traced_lines

size = sys.getsizeof


def fresh_class(nattrs=0):
    """A new class whose __init__ sets nattrs attributes."""
    ns = {}
    body = "".join(f"        self.a{i} = {i}\n" for i in range(nattrs)) or "        pass\n"
    exec(f"class K:\n    def __init__(self):\n{body}", ns)
    return ns["K"]


def class_source(nattrs):
    body = "".join(f"        self.a{i} = {i}\n" for i in range(nattrs)) or "        pass\n"
    return f"class K:\n    def __init__(self):\n{body}"


def creations(nattrs, count):
    """Traced request sizes of each of `count` consecutive K() of a fresh class."""
    src = "\n".join(f"o{i} = K()" for i in range(count))
    return traced_lines(src, class_source(nattrs), [f"o{i}" for i in range(count)])


def setattrs(before, count):
    """Traced request sizes of adding attributes b0, b1, ... one per line to a new instance of a
    fresh class, after `before` other instances were created."""
    setup = class_source(0) + f"others = [K() for _ in range({before})]\no = K()\n"
    return traced_lines("\n".join(f"o.b{i} = {i}" for i in range(count)), setup)


def dict_after_attrs(cls, k):
    o = cls()
    for i in range(k):
        setattr(o, f"c{i}", i)
    return size(o.__dict__)


facts = {
    "request.create.noAttrs": creations(0, 35),
    "request.create.threeAttrs": creations(3, 35),
    "request.create.thirtyAttrs": creations(30, 5),
    "request.setattr.firstInstance": setattrs(0, 35),
    "request.setattr.afterTenInstances": setattrs(10, 35),
    "dictSize.growingInstances": (lambda K: [dict_after_attrs(K, k) for k in range(40)])(fresh_class(0)),
    "dictSize.firstInstance": [size(fresh_class(k)().__dict__) for k in range(36)],
    "getsizeof.materialized": (lambda o: (o.__dict__, size(o))[1])(fresh_class(2)()),
    "request.materialize": traced("x = K().__dict__", class_source(2)),
    "dictSize.nonStrKey": (lambda o: (o.__dict__.__setitem__(1, 2), size(o.__dict__))[1])(fresh_class(1)()),
}
emit(facts)
