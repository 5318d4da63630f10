# An error-reporting helper: a batch job keeps going when one record fails, logs the full
# traceback text with traceback.format_exc(), and keeps a short summary built from the
# extracted frames (traceback.extract_tb) for the final report.
import sys
import traceback

errors = []


def clean(text):
    # Tracebacks name the script by its full path; keep the output the same on every machine.
    return text.replace(__file__, "orders.py")


class LogBuffer:
    """A file-like object collecting what is written to it."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def getvalue(self):
        return clean("".join(self.parts))


def report(context):
    """Record the exception being handled: the full text and where it came from."""
    text = traceback.format_exc()
    exc = sys.exc_info()[1]
    frames = traceback.extract_tb(exc.__traceback__)
    where = frames[-1]
    errors.append((context, type(exc).__name__, where.name, where.lineno, text))


def parse_price(raw):
    amount, currency = raw.split(" ")
    if currency != "EUR":
        raise ValueError(f"unsupported currency {currency!r}")
    return float(amount)


def total(order):
    return sum(parse_price(p) * q for p, q in order["lines"])


orders = [
    {"id": 1, "lines": [("2.50 EUR", 4), ("1.25 EUR", 2)]},
    {"id": 2, "lines": [("3.00 USD", 1)]},
    {"id": 3, "lines": [("4.00EUR", 1)]},
    {"id": 4},
    {"id": 5, "lines": [("10.00 EUR", 3)]},
]

for order in orders:
    try:
        print("order", order["id"], "total", total(order))
    except Exception:
        report(f"order {order['id']}")

print()
print(len(errors), "errors")
for context, kind, func, line, text in errors:
    print(f"{context}: {kind} in {func}() at line {line}")
print()
print("full log of the first error:")
print(clean(errors[0][4]), end="")

# The same report as a list of lines, and only the last frame (limit=-1).
try:
    total({"id": 6, "lines": [("x EUR", 1)]})
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), "lines; first:", lines[0], end="")
    print("".join(traceback.format_exception_only(e)), end="")
    for fs in traceback.extract_tb(e.__traceback__, limit=-2):
        filename, lineno, name, line = fs
        print(" ", name, lineno, repr(line))
    print(clean("".join(traceback.format_tb(e.__traceback__, limit=1))), end="")

# Chained exceptions print both tracebacks, like the interpreter does.
class ConfigError(Exception):
    pass


def load_setting(settings, key):
    try:
        return int(settings[key])
    except KeyError as missing:
        raise ConfigError(f"setting {key} is required") from missing


try:
    load_setting({"port": "80"}, "timeout")
except ConfigError:
    log = LogBuffer()
    traceback.print_exc(file=log)
    print(log.getvalue(), end="")
    print("---")
    log = LogBuffer()
    traceback.print_exc(chain=False, file=log)
    print(log.getvalue(), end="")

# Where am I? The current stack, outermost first.
def where_am_i():
    return [(fs.name, fs.lineno) for fs in traceback.extract_stack()]


def caller():
    return where_am_i()


print(caller())
print(traceback.format_exc(), end="")
# print_exc goes to stderr: the last line there is the exception.
try:
    {}["missing"]
except KeyError:
    traceback.print_exc()
print("done")
