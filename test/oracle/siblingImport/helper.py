"""A helper."""
SCALE = 3

def scaled(xs):
    return [x * SCALE for x in xs]

class Box:
    def __init__(self, v):
        self.v = v

def boom():
    return 1 / 0
