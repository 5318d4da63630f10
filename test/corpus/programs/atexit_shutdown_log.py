# A service that registers shutdown work with atexit: handlers run newest first, with their
# arguments; unregister drops one; a failing handler is reported and the rest still run.
# The script ends with sys.exit(3), which CPython handles before finalizing.
import atexit
import sys

log = []


class FlushBuffer:
    """A callable handler with a readable repr (it names itself in error reports)."""

    def __init__(self, name, items):
        self.name = name
        self.items = items

    def __call__(self):
        print(f"flushing {self.name}: {len(self.items)} item(s)")
        if not self.items:
            raise RuntimeError(f"{self.name} buffer was never filled")

    def __repr__(self):
        return f"<FlushBuffer {self.name}>"


def close(resource, *, reason="shutdown"):
    print(f"closing {resource} ({reason})")
    log.append(resource)


@atexit.register
def goodbye():
    print("goodbye; closed:", log)


atexit.register(close, "database", reason="exit")
atexit.register(close, "cache")
atexit.register(FlushBuffer("metrics", []))
atexit.register(FlushBuffer("events", ["start", "stop"]))
temp = atexit.register(close, "temp dir")
atexit.unregister(close)
atexit.register(close, "socket")
print("registered:", temp is close, atexit.register(print) is print)
atexit.unregister(print)


class Worker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"worker {self.name} stopped")


def main():
    w = Worker("local")
    print("serving...")
    sys.exit(3)


keeper = Worker("global")
main()
