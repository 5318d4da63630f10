"""dict getsizeof (64 + keys object) along every construction and growth path, indexed by n:
incremental insertion with str and non-str keys, the unicode -> general conversion, presized
construction (literals, copy, fromkeys, update), deletion churn, clear; plus requests."""
import sys

from oracleFacts import emit, source_run, traced

N = range(0, 41)
one = len(sys.argv)
size = sys.getsizeof


def keys(n, kind):
    return [f"k{i}" for i in range(n)] if kind == "str" else list(range(1000, 1000 + n))


def grow(kind, count=200):
    d, out = {}, [size({})]
    for k in keys(count, kind):
        d[k] = one
        out.append(size(d))
    return out


def literal(n, kind, const):
    items = ", ".join(f"{k!r}: {'1' if const else 'a'}" for k in keys(n, kind))
    return size(source_run(f"x = {{{items}}}", {"a": one})["x"])


def incremental(n, kind):
    d = {}
    for k in keys(n, kind):
        d[k] = one
    return d


def churn(kind, start, count=60):
    """getsizeof while deleting the oldest key and inserting a new one, from `start` keys."""
    d = incremental(start, kind)
    ks = keys(start + count, kind)
    out = [size(d)]
    for i in range(count):
        del d[ks[i]]
        d[ks[start + i]] = one
        out.append(size(d))
    return out


def after(d, op):
    op(d)
    return size(d)


facts = {}
for kind in ("str", "int"):
    facts[f"insert.{kind}"] = grow(kind)
    facts[f"literal.constants.{kind}"] = [literal(n, kind, True) for n in N]
    facts[f"literal.names.{kind}"] = [literal(n, kind, False) for n in N]
    facts[f"comprehension.{kind}"] = [size({k: one for k in keys(n, kind)}) for n in N]
    facts[f"dict.zip.{kind}"] = [size(dict(zip(keys(n, kind), range(n)))) for n in N]
    facts[f"fromkeys.list.{kind}"] = [size(dict.fromkeys(keys(n, kind))) for n in N]
    facts[f"fromkeys.set.{kind}"] = [size(dict.fromkeys(set(keys(n, kind)))) for n in N]
    facts[f"fromkeys.dict.{kind}"] = [size(dict.fromkeys(incremental(n, kind))) for n in N]
    facts[f"copy.{kind}"] = [size(incremental(n, kind).copy()) for n in N]
    facts[f"dict.dict.{kind}"] = [size(dict(incremental(n, kind))) for n in N]
    facts[f"unpack.{kind}"] = [size({**incremental(n, kind)}) for n in N]
    facts[f"update.empty.{kind}"] = [after({}, lambda d: d.update(incremental(n, kind))) for n in N]
    facts[f"update.five.{kind}"] = [after(incremental(5, "str"), lambda d: d.update(incremental(n, kind))) for n in N]
    facts[f"churn.5.{kind}"] = churn(kind, 5)
    facts[f"churn.40.{kind}"] = churn(kind, 40)
    facts[f"deleteAll.40.{kind}"] = [after(incremental(40, kind), lambda d: [d.pop(k) for k in keys(m, kind)]) for m in N]
    facts[f"copy.afterDelete.{kind}"] = [size(after(incremental(40, kind), lambda d: [d.pop(k) for k in keys(m, kind)]) and
                                              (lambda d: ([d.pop(k) for k in keys(m, kind)], d.copy())[1])(incremental(40, kind)))
                                         for m in N]
facts["convert.strThenInt"] = [size((lambda d: (d.__setitem__(-1, 0), d)[1])(incremental(n, "str"))) for n in N]
facts["clear.from40"] = after(incremental(40, "str"), lambda d: d.clear())
facts["request.insert.str"] = [traced("x = {}\n" + "".join(f"x['k{i}'] = 1\n" for i in range(n))) for n in (0, 1, 5, 6, 10, 11)]
facts["request.insert.int"] = [traced("x = {}\n" + "".join(f"x[{i + 1000}] = 1\n" for i in range(n))) for n in (0, 1, 5, 6, 10, 11)]
emit(facts)
