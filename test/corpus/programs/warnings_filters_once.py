# How the filters decide: first match wins; "default" shows once per line, "module" once per
# module, "once" once per text, "always" every time; the registry in the module's globals
# remembers what was shown and is reset when the filters change.
import sys
import warnings

def shout(text, category=UserWarning):
    warnings.warn(text, category, stacklevel=2)

def batch(action):
    warnings.resetwarnings()
    warnings.simplefilter(action)
    print(f"--- {action}", flush=True)
    for i in range(2):
        shout("same text")
        shout("same text")
        shout(f"text {i}")
    sys.stderr.flush()

for action in ("default", "module", "once"):
    batch(action)

reg = __warningregistry__
print("version is int:", type(reg["version"]).__name__, len(reg) - 1)
print(sorted((k[0], k[1].__name__, k[2] if len(k) > 2 else 0) for k in reg if k != "version"))
batch("always")
print("after always:", len(reg) - 1)

warnings.resetwarnings()
print(warnings.filters)
warnings.filterwarnings("ignore", message=r"spam\b", category=UserWarning)
warnings.filterwarnings("error", message="eggs", module="__main__")
warnings.filterwarnings("always", category=RuntimeWarning, lineno=0, append=True)
warnings.simplefilter("ignore", ResourceWarning, append=True)
for f in warnings.filters:
    print(f)
warnings.warn("Spam and eggs")            # ignored: the message regex matches case-insensitively
warnings.warn("spammy")                   # no word boundary after "spam": shown (default action)
try:
    warnings.warn("EGGS benedict")
except UserWarning as exc:
    print("raised:", exc)
warnings.warn("careful", RuntimeWarning)
warnings.warn("careful", RuntimeWarning)

# The same filter added again moves to the front instead of repeating.
before = len(warnings.filters)
warnings.filterwarnings("error", message="eggs", module="__main__")
print(len(warnings.filters) == before, warnings.filters[0][0])

for bad in (("sometimes",), ("error", "msg", int), ("error", "", Warning, "", -1)):
    try:
        warnings.filterwarnings(*bad)
    except (AssertionError, TypeError, ValueError) as exc:
        print("rejected:", exc)
try:
    warnings.warn("x", "not a class")
except TypeError as exc:
    print(exc)

# showwarning/formatwarning can be replaced; warn_explicit names file and line itself.
def one_line(message, category, filename, lineno, line=None):
    return f"[{category.__name__}] {message} ({filename}:{lineno})\n"
warnings.formatwarning = one_line
warnings.resetwarnings()
warnings.warn_explicit("explicit", UserWarning, "config.ini", 12)
warnings.warn_explicit("explicit", UserWarning, "config.ini", 12, registry={})
sys.stderr.flush()
print(warnings.formatwarning is one_line, warnings._formatwarning_orig("m", UserWarning, "f.py", 3), end="")
