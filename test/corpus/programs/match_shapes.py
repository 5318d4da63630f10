"""Structural pattern matching: class patterns, guards, mapping and sequence patterns."""
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    radius: float


@dataclass
class Rect:
    corner: Point
    width: float
    height: float


class Segment:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start, self.end = start, end


def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "the origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return f"a point at ({shape.x}, {shape.y})"
        case Circle(Point(0, 0), r):
            return f"a circle of radius {r} around the origin"
        case Circle(center=c, radius=r) if r <= 0:
            return f"a degenerate circle at {c}"
        case Circle(_, r):
            return f"a circle of area {3.14159 * r * r:.2f}"
        case Rect(_, w, h) if w == h:
            return f"a {w}x{w} square"
        case Rect(Point(x, y), w, h):
            return f"a rectangle from ({x}, {y}) to ({x + w}, {y + h})"
        case Segment(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return "a vertical segment"
        case Segment(start, end):
            return f"a segment of length {((end.x - start.x) ** 2 + (end.y - start.y) ** 2) ** 0.5:.3f}"
        case _:
            return f"unknown shape {shape!r}"


shapes = [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), Circle(Point(0, 0), 2),
          Circle(Point(1, 1), 0), Circle(Point(4, 4), 1.5), Rect(Point(0, 0), 3, 3), Rect(Point(1, 2), 4, 5),
          Segment(Point(1, 1), Point(1, 9)), Segment(Point(0, 0), Point(3, 4)), "triangle"]
for s in shapes:
    print(describe(s))


def handle(command):
    match command.split():
        case ["quit" | "exit"]:
            return "bye"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", other]:
            return f"can't go {other}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["say", first, *rest]:
            return f"saying {first!r} and {len(rest)} more words"
        case []:
            return "silence"
        case [verb, *_]:
            return f"unknown verb {verb}"


for c in ["quit", "exit", "go north", "go up", "take lamp key", "take", "say hello there world", "", "dance wildly"]:
    print(f"{c!r:25} -> {handle(c)}")


def route(event):
    match event:
        case {"type": "click", "pos": (x, y), **rest}:
            return f"click at {x},{y} extra={sorted(rest)}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k!r}"
        case {"type": "key", "key": k}:
            return f"special key {k}"
        case {"type": "scroll", "delta": int() | float() as d}:
            return f"scroll by {d}"
        case {"type": t}:
            return f"unhandled {t}"
        case list() | tuple():
            return f"batch of {len(event)}"
        case int(n) | float(n) if n < 0:
            return "negative number"
        case bool(b):
            return f"bool {b}"
        case None:
            return "nothing"
        case _:
            return "???"


events = [{"type": "click", "pos": (3, 4)}, {"type": "click", "pos": [1, 2], "button": 1, "mod": "shift"},
          {"type": "key", "key": "a"}, {"type": "key", "key": "Enter"}, {"type": "scroll", "delta": -2.5},
          {"type": "scroll", "delta": "x"}, {"type": "resize"}, [1, 2, 3], (), -4, True, None, 3.5]
for e in events:
    print(route(e))

HTTP = {200: "OK", 404: "Not Found"}


def status(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as redirect:
            return f"redirect {redirect}"
        case int() if 400 <= code < 500:
            return f"client error {HTTP.get(code, '?')}"
        case _:
            return "other"


print([status(c) for c in (200, 204, 302, 404, 418, 500)])
print(Point.__match_args__, Segment.__match_args__)
