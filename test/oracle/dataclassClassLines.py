"""Dataclass class lines under the Compare runner (dataclassClassLines.test.ts beside dataclassesModule.ts).

usage: PYENV_VERSION=3.12.1 python3 media/python/tracemallocRunner.py OUT.json test/oracle/dataclassClassLines.py
(OUT.json lists each line's retained bytes and blocks.) A decorated class body's prologue and its
SETUP_ANNOTATIONS run at the decorator's line, so `__annotations__` is charged there, not to the
`class` line; `field()` without metadata shares dataclasses' one empty mappingproxy.
"""
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int


class Plain:
    pass


class Annotated:
    x: int


@dataclass
class Pair:
    a: int
    b: list = field(default_factory=list)
    c: int = field(default=0, repr=False)


print(Point(1, 2), Pair(1), Annotated.__annotations__)
