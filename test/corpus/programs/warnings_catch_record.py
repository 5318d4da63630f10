# A test-like script: catch_warnings(record=True) collects WarningMessage objects instead of
# printing them, so checks can look at category, message, file and line.
import warnings


def parse_ratio(text):
    left, _, right = text.partition(":")
    if not right:
        warnings.warn(f"no ratio in {text!r}, assuming 1", UserWarning)
        return float(left)
    if float(right) == 0:
        warnings.warn("zero denominator", RuntimeWarning, stacklevel=2)
        return float("inf")
    return float(left) / float(right)


class LegacyConfigWarning(FutureWarning):
    pass


def check(name, cond):
    print(("ok   " if cond else "FAIL ") + name)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(parse_ratio("3:4"), parse_ratio("5"), parse_ratio("1:0"))
    warnings.warn(LegacyConfigWarning("option 'x' renamed to 'y'"))
    warnings.warn("pending", PendingDeprecationWarning)

check("four warnings", len(caught) == 4)
for w in caught:
    print(w.category.__name__, "|", w.message, "|", w.filename, w.lineno, w.line, w.file, w.source)
first = caught[0]
check("message is an instance", isinstance(first.message, UserWarning))
check("issubclass", issubclass(caught[2].category, FutureWarning))
print(str(first))
print(repr(caught[1].message), caught[1].message.args)
print(type(first).__name__, sorted(first._WARNING_DETAILS))

# Without "always" the default filters apply inside the block: a repeat on one line is recorded once.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        parse_ratio("7")
    warnings.warn("hidden", ImportWarning)
print(len(log), [str(w.message) for w in log])

# action= (3.11+) sets the filter for the block; the manager's repr and reuse rules.
cm = warnings.catch_warnings(record=True, action="ignore")
print(repr(cm), repr(warnings.catch_warnings()))
with cm as log2:
    warnings.warn("ignored")
print(log2)
try:
    with cm:
        with cm:
            pass
except RuntimeError as exc:
    print("RuntimeError:", exc)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(warnings.showwarning is warnings._showwarning_orig)
