# A batch job that saves its progress when interrupted, then lets the interrupt end the run
# (CPython prints the traceback and ends as if killed by Ctrl-C).
from collections import OrderedDict

done = OrderedDict()


def process(item):
    if item == "c":
        raise KeyboardInterrupt("operator pressed Ctrl-C")
    return item.upper()


def report_bad_inputs():
    for label, action in [
        ("hash", lambda: hash(done)),
        ("add", lambda: done + 1),
        ("compare", lambda: done < done),
        ("negate", lambda: -done),
        ("call", lambda: done()),
        ("attribute", lambda: done.total),
        ("sort flag", lambda: sorted([3, 1, 2], reverse=True)),
        ("sort flag None", lambda: sorted([3, 1, 2], reverse=None)),
    ]:
        try:
            print(label, "->", action())
        except (TypeError, AttributeError) as e:
            print(label, "->", type(e).__name__, e)


report_bad_inputs()
try:
    for item in ["a", "b", "c", "d"]:
        done[item] = process(item)
except KeyboardInterrupt as e:
    print("interrupted:", e, "- saved", list(done.items()))
    raise
