"""Colours by name, built once when the module is first imported."""
IMPORTS = 0
IMPORTS += 1  # runs once however many times the module is imported

_RAW = [("red", 255, 0, 0), ("green", 0, 128, 0), ("blue", 0, 0, 255), ("teal", 0, 128, 128), ("gold", 255, 215, 0)]
COLORS = {name: (r, g, b) for name, r, g, b in _RAW}


def shade(name, factor):
    """The colour `name` scaled toward black by `factor`."""
    r, g, b = COLORS[name]
    return (int(r * factor), int(g * factor), int(b * factor))
