# A script that installs its own sys.excepthook to log crashes in one line, and an atexit
# handler that looks at what the crash left in sys.last_value.
import atexit
import sys

print("default hook:", sys.excepthook is sys.__excepthook__, sys.excepthook)
print("before the crash:", hasattr(sys, "last_type"), hasattr(sys, "last_value"))

crashes = []


def log_crash(exc_type, exc_value, tb):
    crashes.append(exc_type.__name__)
    frames = 0
    while tb is not None:
        frames += 1
        tb = tb.tb_next
    print(f"CRASH {exc_type.__name__}: {exc_value} ({frames} frames deep)")
    print("last_value set before the hook:", sys.last_value is exc_value, sys.last_type is exc_type)


def report():
    print("atexit sees:", crashes, type(sys.last_value).__name__, sys.last_value)
    print("last_traceback line:", sys.last_traceback.tb_next.tb_lineno)


atexit.register(report)
sys.excepthook = log_crash
print("hook installed:", sys.excepthook is log_crash, sys.__excepthook__ is not log_crash)


def parse_price(text):
    return float(text.strip("$"))


def total(prices):
    return sum(parse_price(p) for p in prices)


print(total(["$3.50", "$1.25"]))
print(total(["$3.50", "one dollar"]))
print("never printed")
