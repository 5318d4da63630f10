"""An enum whose members carry classes: a small exporter registry.

Classes defined outside the enum body (and `auto` itself, used without the call) become members;
methods and classes with __get__ do not.
"""
import enum
from enum import Enum, auto


class CsvWriter:
    ext = "csv"

    def write(self, rows):
        return "\n".join(",".join(str(c) for c in row) for row in rows)


class TsvWriter(CsvWriter):
    ext = "tsv"

    def write(self, rows):
        return "\n".join("\t".join(str(c) for c in row) for row in rows)


class Format(Enum):
    CSV = CsvWriter
    TSV = TsvWriter
    RAW = auto          # forgot the parentheses: the value is the auto class itself
    COUNT = 3

    def writer(self):
        return self.value()


class Status(enum.IntEnum):
    NEW = auto()
    DONE = auto()


print(list(Format))
print(Format.CSV, repr(Format.TSV), Format.RAW.value is auto)
print(Format(TsvWriter).name, Format["CSV"].value.ext)
rows = [("id", "qty"), (1, 5), (2, 7)]
for fmt in (Format.CSV, Format.TSV):
    print(fmt.name, repr(fmt.writer().write(rows)))
print(auto, isinstance(auto(), auto), type(Format.writer).__name__)
print([s for s in Status], Status.DONE + 1)
