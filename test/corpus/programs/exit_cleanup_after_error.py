# A batch importer that owns resources: files and a connection with __del__ cleanup.
# The last record is bad, the script dies with an uncaught exception, and CPython still
# finalizes: atexit handlers, then the failing frames' locals (kept alive by the traceback),
# then the module's globals.
import atexit
import sys


class Connection:
    opened = 0

    def __init__(self, dsn):
        self.dsn = dsn
        Connection.opened += 1
        print(f"connect {dsn}")

    def __del__(self):
        print(f"disconnect {self.dsn}")


class TempFile:
    def __init__(self, name):
        self.name = name
        self.lines = []

    def write(self, line):
        self.lines.append(line)

    def __del__(self):
        print(f"remove {self.name} ({len(self.lines)} lines)")


def report():
    print(f"atexit: {Connection.opened} connection(s) opened")


atexit.register(report)
db = Connection("sqlite:///orders.db")
print("refs to db:", sys.getrefcount(db))


def parse(record):
    sku, qty = record.split(",")
    return sku.strip(), int(qty)


def import_batch(records):
    staging = TempFile("staging.csv")
    audit = Connection("audit")
    for record in records:
        sku, qty = parse(record)
        staging.write(f"{sku}:{qty}")
        print(f"staged {sku} x{qty}")
    return staging


import_batch(["apple, 3", "pear, 5", "plum, many"])
print("not reached")
