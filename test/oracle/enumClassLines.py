"""Where an enum class statement's retained blocks come from, per CPython version.

usage: PYENV_VERSION=3.12.1 python3 test/oracle/enumClassLines.py

Runs the enum classes below under tracemalloc (runpy as __main__, 64 frames, as
media/python/tracemallocRunner.py does) and prints, for each class line, every block it still
holds at the end with the innermost frame that allocated it (a line of Lib/enum.py: type_new, the
member, `_member_map_`, `_value2member_map_`, the `_generate_next_value_` staticmethod...). Put it
beside `node test/tracemalloc/blocks.mjs test/oracle/enumClassLines.py --python 3.12` (the
simulation's blocks) when an enum class line differs (src/interpreter/modules/enumBookkeeping.ts).
"""
import linecache
import os
import runpy
import sys
import tracemalloc

if __name__ == "__main__" and not globals().get("_PROBE_BODY"):
    here = os.path.abspath(__file__)
    tracemalloc.start(64)
    runpy.run_path(here, init_globals={"_PROBE_BODY": True}, run_name="probe")
    snapshot = tracemalloc.take_snapshot()
    rows = {}
    for trace in snapshot.traces:
        frames = list(trace.traceback)[::-1]
        line = next((f.lineno for f in frames if f.filename == here), None)
        if line is None or not linecache.getline(here, line).startswith("class "):
            continue
        inner = frames[0]
        rows.setdefault(line, []).append((trace.size, os.path.basename(inner.filename), inner.lineno))
    for line in sorted(rows):
        print(f"{line:4} {sum(r[0] for r in rows[line]):6} B  {linecache.getline(here, line).strip()}")
        for size, name, lineno in sorted(rows[line], reverse=True):
            print(f"       {size:5}  {name}:{lineno}")
    sys.exit(0)

from enum import Enum, IntEnum, Flag, auto
class One(Enum):
    A = 1
class Three(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Ten(Enum):
    A, B, C, D, E, F, G, H, I, J = range(1, 11)
class S(IntEnum):
    OK = 200
    NF = 404
class P(Flag):
    R = 4
    W = 2
    X = 1
class Au(Enum):
    X = auto()
    Y = auto()
class M(Enum):
    A = 1
    B = 2
    def describe(self):
        return self.name
