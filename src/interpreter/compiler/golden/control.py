def gen(n):
    for i in range(n):
        if i % 2:
            continue
        yield i
    yield from other()


def safe(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError as e:
        print(e)
    finally:
        done()


class Point(Base):
    def __init__(self, x):
        super().__init__()
        self.x = x


match cmd:
    case [x, *rest]:
        pass
    case {'k': v}:
        pass
    case Point(x=0) | None:
        pass
    case _:
        pass
